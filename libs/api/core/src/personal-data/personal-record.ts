import type { PersonalDataKind } from '@ketqua/domain';

export interface PersonalRecordSpec {
  kind: PersonalDataKind;
  /** The property of the model naming whose record it is. */
  subject: string;
}

/** GraphQL object type name → how its reads are logged. */
const REGISTRY = new Map<string, PersonalRecordSpec>();

/**
 * Marks a GraphQL output model as another person's personal record (evaluation, spot check): every
 * read of one of its fields, by whatever query or mutation returned it, lands in the access log
 * (personal-data-access.plugin.ts), so a new query returning it cannot forget to log. Put it on the
 * class with @ObjectType() (whose name is the class name).
 */
export function PersonalRecord(spec: PersonalRecordSpec): ClassDecorator {
  return (target) => {
    REGISTRY.set((target as { name: string }).name, spec);
  };
}

export function personalRecordTypes(): ReadonlyMap<string, PersonalRecordSpec> {
  return REGISTRY;
}
