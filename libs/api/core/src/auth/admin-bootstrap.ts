import { hostname, userInfo } from 'node:os';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../time/clock';
import { AgencyEntity } from '../org-model/agency.entity';
import { AgencyKind, Role, StaffCategory } from '../org-model/org.enums';
import { toSearchText } from '../org-model/search-text';
import { UnitEntity } from '../org-model/unit.entity';
import { UserEntity } from '../org-model/user.entity';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { RecoveryCodeEntity, SecondFactorEntity } from './second-factor/second-factor.entity';

/** Where an ADMIN made from the command line sits when no unit is named (an empty production database has none). */
export const SYSTEM_AGENCY = { code: 'HETHONG', name: 'Quản trị hệ thống Ketqua' };
export const SYSTEM_UNIT = { code: 'QUANTRI', name: 'Quản trị hệ thống' };

export interface AdminBootstrapRequest {
  email: string;
  fullName?: string;
  /** An existing unit's id; without it, the system agency's unit (created once). */
  unitId?: string;
  /** For an existing account: make it ADMIN with a new one-time password (else refused). */
  reset?: boolean;
}

export interface AdminBootstrapResult {
  created: boolean;
  user: UserEntity;
  temporaryPassword: string;
}

export class AdminBootstrapError extends Error {}

/**
 * `npm run admin:create`: the first ADMIN of a production database (or a locked-out one). The
 * one-time password is returned once, never stored in clear; the account must change it at the
 * first sign-in; every use is audited with the machine and OS user that ran it.
 */
export async function bootstrapAdmin(
  services: { dataSource: DataSource; passwords: PasswordService; audit: AuditService; auth: AuthService },
  request: AdminBootstrapRequest,
): Promise<AdminBootstrapResult> {
  const email = request.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AdminBootstrapError(`not an e-mail address: ${request.email}`);
  const temporaryPassword = services.passwords.temporary();
  const passwordHash = await services.passwords.hash(temporaryPassword);
  const via = { via: 'cli', host: hostname(), osUser: safeOsUser() };
  return services.dataSource.transaction(async (tx) => {
    const existing = await tx.findOne(UserEntity, { where: { email }, lock: { mode: 'pessimistic_write' } });
    if (existing) {
      if (!request.reset) {
        throw new AdminBootstrapError(`an account ${email} already exists (role ${existing.role}); nothing changed. Add --reset to make it ADMIN with a new one-time password.`);
      }
      const previous = { role: existing.role, active: existing.active };
      Object.assign(existing, { role: Role.ADMIN, active: true, passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null });
      const saved = await tx.save(existing);
      await services.auth.revokeSessions(tx, saved.id);
      // The break-glass for an administrator who lost the phone too: the authenticator goes, to be enrolled again.
      const removed = await tx.delete(SecondFactorEntity, { userId: saved.id });
      await tx.delete(RecoveryCodeEntity, { userId: saved.id });
      await services.audit.record(tx, {
        actorId: null,
        action: 'auth.admin.reset',
        entityType: 'official',
        entityId: saved.id,
        data: { previous, ...via, secondFactorRemoved: !!removed.affected },
      });
      return { created: false, user: saved, temporaryPassword };
    }
    let unitId = request.unitId;
    if (unitId) {
      if (!(await tx.existsBy(UnitEntity, { id: unitId }))) throw new AdminBootstrapError(`no unit with id ${unitId}`);
    } else {
      unitId = (await systemUnit(tx)).id;
    }
    const fullName = request.fullName?.trim() || SYSTEM_UNIT.name;
    const user = await tx.save(
      tx.create(UserEntity, {
        email,
        fullName,
        searchText: toSearchText(fullName, email),
        staffCategory: StaffCategory.CONG_CHUC,
        unitId,
        positionId: null,
        rankId: null,
        role: Role.ADMIN,
        isLeader: false,
        cityScope: false,
        active: true,
        passwordHash,
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        lastLoginAt: null,
      }),
    );
    await services.audit.record(tx, { actorId: null, action: 'auth.admin.created', entityType: 'official', entityId: user.id, data: { email, fullName, unitId, ...via } });
    return { created: true, user, temporaryPassword };
  });
}

async function systemUnit(tx: EntityManager): Promise<UnitEntity> {
  let agency = await tx.findOneBy(AgencyEntity, { code: SYSTEM_AGENCY.code });
  agency ??= await tx.save(tx.create(AgencyEntity, { ...SYSTEM_AGENCY, kind: AgencyKind.OTHER, validFrom: new Clock().today(), validTo: null }));
  const unit = await tx.findOneBy(UnitEntity, { agencyId: agency.id, code: SYSTEM_UNIT.code });
  return unit ?? tx.save(tx.create(UnitEntity, { ...SYSTEM_UNIT, agencyId: agency.id, parentId: null, headId: null, active: true }));
}

function safeOsUser(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
}
