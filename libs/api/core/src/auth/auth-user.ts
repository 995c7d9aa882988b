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
