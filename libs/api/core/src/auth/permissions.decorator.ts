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
