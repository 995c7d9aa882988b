import { SetMetadata } from '@nestjs/common';
import { Role } from '../org-model/org.enums';

export const PERMISSION_KEY = 'ketqua:permission';

export type Permission = { kind: 'public' } | { kind: 'roles'; roles: Role[] };

/**
 * Every query, mutation, subscription and controller route declares who may call it; the global
 * AccessGuard refuses any that does not (deny by default), and the workspace lint rule
 * `@nx/workspace-require-permission` fails the build before that can ship.
 */
export const Public = () => SetMetadata(PERMISSION_KEY, { kind: 'public' } satisfies Permission);

/** Only these roles. Row-level scope is then checked by AccessService inside the resolver. */
export const Allow = (...roles: Role[]) => SetMetadata(PERMISSION_KEY, { kind: 'roles', roles } satisfies Permission);

/** Any signed-in user, whatever the role. */
export const Authenticated = () => Allow(...Object.values(Role));

export const EXEMPTION_KEY = 'ketqua:exemptions';

/**
 * What an operation may do beyond the two rules the guard applies to every signed-in caller:
 * - `passwordChange`: allowed while the account still has a temporary password (which is
 *   otherwise refused PASSWORD_CHANGE_REQUIRED: a temporary password is not a full credential).
 * - `readOnlyRoles`: a write the read-only INSPECTOR may still make, because it changes only the
 *   caller's own session, password or inbox (otherwise refused READ_ONLY_ROLE).
 * - `secondFactorEnrolment`: allowed while an HR or ADMIN account has no authenticator yet (its
 *   session is otherwise refused SECOND_FACTOR_ENROLMENT_REQUIRED: it can only enrol).
 */
export interface Exemptions {
  passwordChange?: boolean;
  readOnlyRoles?: boolean;
  secondFactorEnrolment?: boolean;
}

export const Exempt = (exemptions: Exemptions) => SetMetadata(EXEMPTION_KEY, exemptions);
