import { Type } from '@nestjs/common';
import { PartialType } from '@nestjs/graphql';

/**
 * The input of an update mutation, derived from its create input: every field optional, and
 * an omitted field is never changed. Plain PartialType keeps the create input's GraphQL default
 * values, so GraphQL itself filled an omitted `role` with OFFICIAL or a flag with false, and a
 * rename reset them. An explicit null is validated (refused where the field is not nullable).
 */
export function PatchType<T>(classRef: Type<T>): Type<Partial<T>> {
  return PartialType(classRef, { omitDefaultValues: true, skipNullProperties: false });
}
