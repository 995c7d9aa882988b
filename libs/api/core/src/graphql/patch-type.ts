import { Type } from '@nestjs/common';
import { PartialType } from '@nestjs/graphql';
import { ValidateIf } from 'class-validator';

/**
 * The input of an update mutation, derived from its create input: every field optional, and
 * an omitted field is never changed. Plain PartialType keeps the create input's GraphQL default
 * values, so GraphQL itself filled an omitted `role` with OFFICIAL or a flag with false, and a
 * rename reset them. An explicit null is validated (refused where the field is not nullable).
 */
export function PatchType<T>(classRef: Type<T>): Type<Partial<T>> {
  return PartialType(classRef, { omitDefaultValues: true, skipNullProperties: false });
}

/**
 * For a field an update input declares itself (PatchType makes the inherited ones so): it may be
 * left out, but an explicit null is validated like any value and so refused by the field's own
 * validators. `@IsOptional()` lets null through, to a NOT NULL column (found by the fuzzer:
 * updatePosition with `active: null` was a server error).
 */
export const Omittable = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);
