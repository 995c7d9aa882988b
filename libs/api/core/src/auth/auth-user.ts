import { Role } from '../org-model/org.enums';

/** Who is calling: what the guard attaches to the request after checking the token and session. */
export interface AuthUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  unitId: string;
  agencyId: string;
  cityScope: boolean;
  /** A temporary password: until it is changed only `me`, `changePassword` and `logout` are allowed. */
  mustChangePassword: boolean;
  /** HR or ADMIN without an authenticator yet: until enrolled only the enrolment (and me, logout, changePassword) is allowed. */
  mustEnrolSecondFactor?: boolean;
  sessionId: string;
  /**
   * The purpose the caller stated for this request (X-Ketqua-Purpose: mục đích xem dữ liệu), as the
   * guard validated it (statedPurpose); kept with every access-log row the request writes.
   */
  purpose?: string | null;
}

export interface AccessTokenPayload {
  sub: string;
  sid: string;
  role: Role;
}

/** The app_user columns (with its unit's agency) that say who a caller is, as both loaders select them. */
export interface AccountRow {
  id: string;
  email: string;
  full_name: string;
  role: Role;
  unit_id: string;
  agency_id: string;
  city_scope: boolean;
}

/** The caller from their account's row: one mapping for the session guard and work done on someone's behalf. */
export function authUserFromRow(row: AccountRow, session: Pick<AuthUser, 'mustChangePassword' | 'mustEnrolSecondFactor' | 'sessionId'>): AuthUser {
  return {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    role: row.role,
    unitId: row.unit_id,
    agencyId: row.agency_id,
    cityScope: row.city_scope,
    ...session,
  };
}
