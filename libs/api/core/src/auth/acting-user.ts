import { DataSource, EntityManager } from 'typeorm';
import { AccountRow, AuthUser, authUserFromRow } from './auth-user';

/** Which account a piece of work runs as, outside a request: by id (a job's requester), by e-mail, or the first active ADMIN (a command line's default). */
export type ActingAccount = { id: string } | { email: string } | { firstAdmin: true };

/**
 * The account as the guard would see it now (role, unit, agency and city scope from the database),
 * for work done on someone's behalf without a session: a background export, `npm run archive:export`.
 * null when there is no such account or it is deactivated. `sessionId` says where the work comes from.
 */
export async function loadActingUser(db: DataSource | EntityManager, who: ActingAccount, sessionId: string): Promise<AuthUser | null> {
  const [where, params] =
    'id' in who
      ? ['u.id = $1', [who.id]]
      : 'email' in who
        ? ['lower(u.email) = lower($1)', [who.email]]
        : [`u.role = 'ADMIN' AND u.active ORDER BY u.created_at, u.id LIMIT 1`, []];
  const [row] = (await db.query(
    `SELECT u.id, u.email, u.full_name, u.role, u.unit_id, un.agency_id, u.city_scope, u.active FROM app_user u JOIN unit un ON un.id = u.unit_id WHERE ${where}`,
    params,
  )) as Array<AccountRow & { active: boolean }>;
  if (!row?.active) return null;
  return authUserFromRow(row, { mustChangePassword: false, sessionId });
}
