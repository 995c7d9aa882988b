import { OrganisationAndAccess1795425558663 } from './1795425558663-OrganisationAndAccess';
/**
 * Every migration, in order. `npm run migration:generate -- <Name>` writes a new file here and
 * adds it to this list; read and correct a generated migration before committing it.
 */
export const MIGRATIONS: Array<new () => unknown> = [
  OrganisationAndAccess1795425558663,
];
