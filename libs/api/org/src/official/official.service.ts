import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AuditService,
  AuthService,
  AuthUser,
  Clock,
  ConnectionShape,
  cannotResetOwn,
  keysetPage,
  NotificationSender,
  Official,
  PageArgs,
  PasswordService,
  PositionEntity,
  RankEntity,
  Role,
  SecondFactorService,
  toSearchText,
  UnitEntity,
  UserEntity,
} from '@ketqua/api/core';
import { canGrantAccount, canGrantCityScope, canGrantRole, grantableRoles } from '@ketqua/domain';
import { DataSource, EntityManager } from 'typeorm';
import { accountNotManageable, duplicateEmail, employeeCodeTaken, invalidReference, notFound, roleNotGrantable, selfDeactivation, WHAT } from '../org.errors';
import { assertVersion, changes, isUniqueViolation } from '@ketqua/api/core';
import { CreateOfficialInput, OfficialFilter, UpdateOfficialInput } from './dto/official.inputs';

@Injectable()
export class OfficialService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly clock: Clock,
    private readonly secondFactor: SecondFactorService,
    private readonly notifications: NotificationSender,
  ) {}

  async list(user: AuthUser, filter: OfficialFilter = {}, page: PageArgs): Promise<ConnectionShape<Official>> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('o');
    await this.access.restrictToScope(qb, user, { unit: 'o.unitId', own: ['o.id'] });
    if (filter.unitId) {
      const units = filter.includeSubunits ? await this.access.subtreeOf(filter.unitId) : [filter.unitId];
      qb.andWhere('o.unitId IN (:...units)', { units });
    }
    if (filter.agencyId) qb.andWhere('o.unitId IN (SELECT id FROM unit WHERE agency_id = :agencyId)', { agencyId: filter.agencyId });
    if (filter.role) qb.andWhere('o.role = :role', { role: filter.role });
    if (filter.staffCategory) qb.andWhere('o.staffCategory = :cat', { cat: filter.staffCategory });
    if (filter.positionId) qb.andWhere('o.positionId = :positionId', { positionId: filter.positionId });
    if (filter.active !== undefined) qb.andWhere('o.active = :active', { active: filter.active });
    else if (!filter.includeInactive) qb.andWhere('o.active = true');
    if (filter.locked !== undefined) {
      qb.andWhere(filter.locked ? 'o.lockedUntil > :now' : '(o.lockedUntil IS NULL OR o.lockedUntil <= :now)', { now: this.clock.now() });
    }
    if (filter.mustChangePassword !== undefined) qb.andWhere('o.mustChangePassword = :mcp', { mcp: filter.mustChangePassword });
    const search = filter.search ? toSearchText(filter.search) : '';
    if (search) qb.andWhere('o.searchText LIKE :search', { search: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    return keysetPage(qb, page, { columns: ['o.fullName', 'o.id'], values: (o) => [o.fullName, o.id] }, Official.from);
  }

  async get(user: AuthUser, id: string): Promise<Official> {
    const official = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!official) throw notFound('official', id);
    await this.access.assertCanSeeOfficial(user, official);
    return Official.from(official);
  }

  async create(user: AuthUser, input: CreateOfficialInput): Promise<{ official: Official; temporaryPassword: string }> {
    this.assertGrantable(user, input.role, input.cityScope);
    const temporaryPassword = this.passwords.temporary();
    const passwordHash = await this.passwords.hash(temporaryPassword);
    const official = await this.dataSource.transaction(async (tx) => {
      const unit = await this.unitForWrite(tx, user, input.unitId);
      await this.checkReferences(tx, unit, input.positionId ?? null, input.rankId ?? null);
      if (await tx.existsBy(UserEntity, { email: input.email })) throw duplicateEmail(input.email);
      if (input.employeeCode && (await tx.existsBy(UserEntity, { employeeCode: input.employeeCode }))) throw employeeCodeTaken(input.employeeCode);
      const entity = tx.create(UserEntity, {
        ...input,
        positionId: input.positionId ?? null,
        rankId: input.rankId ?? null,
        employeeCode: input.employeeCode ?? null,
        searchText: toSearchText(input.fullName, input.email),
        active: true,
        passwordHash,
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        lastLoginAt: null,
      });
      const saved = await tx.save(entity).catch((e) => {
        throw uniqueViolationOf(e, input);
      });
      await this.audit.record(tx, { actorId: user.id, action: 'org.official.created', entityType: 'official', entityId: saved.id, data: input });
      return saved;
    });
    return { official: Official.from(official), temporaryPassword };
  }

  async update(user: AuthUser, input: UpdateOfficialInput): Promise<Official> {
    const { id, version, ...fields } = input;
    return this.dataSource.transaction(async (tx) => {
      const official = await tx.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!official) throw notFound('official', id);
      const currentUnit = await this.unitForWrite(tx, user, official.unitId);
      assertCanManage(user, official);
      assertVersion(WHAT.official, version, official.version);
      this.assertGrantable(user, fields.role ?? official.role, fields.cityScope ?? official.cityScope);
      const unit = fields.unitId && fields.unitId !== official.unitId ? await this.unitForWrite(tx, user, fields.unitId) : currentUnit;
      await this.checkReferences(
        tx,
        unit,
        fields.positionId === undefined ? official.positionId : fields.positionId,
        fields.rankId === undefined ? official.rankId : fields.rankId,
      );
      if (fields.email && fields.email !== official.email && (await tx.existsBy(UserEntity, { email: fields.email }))) {
        throw duplicateEmail(fields.email);
      }
      if (fields.employeeCode && fields.employeeCode !== official.employeeCode && (await tx.existsBy(UserEntity, { employeeCode: fields.employeeCode }))) {
        throw employeeCodeTaken(fields.employeeCode);
      }
      const diff = changes(official, fields);
      Object.assign(official, fields);
      official.searchText = toSearchText(official.fullName, official.email);
      const saved = await tx.save(official).catch((e) => {
        throw uniqueViolationOf(e, { email: official.email, employeeCode: official.employeeCode });
      });
      await this.audit.record(tx, { actorId: user.id, action: 'org.official.updated', entityType: 'official', entityId: id, data: { changes: diff } });
      return Official.from(saved);
    });
  }

  /** Signs the account out everywhere and removes it as head of any unit; records stay. */
  async setActive(user: AuthUser, id: string, active: boolean): Promise<Official> {
    if (!active && id === user.id) throw selfDeactivation();
    return this.dataSource.transaction(async (tx) => {
      const official = await tx.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!official) throw notFound('official', id);
      await this.unitForWrite(tx, user, official.unitId);
      assertCanManage(user, official);
      official.active = active;
      const saved = await tx.save(official);
      let headedUnits: string[] = [];
      if (!active) {
        await this.auth.revokeSessions(tx, id);
        const headed = await tx.findBy(UnitEntity, { headId: id });
        headedUnits = headed.map((u) => u.id);
        if (headedUnits.length) await tx.update(UnitEntity, headedUnits, { headId: null });
      }
      await this.audit.record(tx, {
        actorId: user.id,
        action: active ? 'org.official.reactivated' : 'org.official.deactivated',
        entityType: 'official',
        entityId: id,
        data: headedUnits.length ? { noLongerHeads: headedUnits } : {},
      });
      return Official.from(saved);
    });
  }

  /** A new one-time password (e.g. after a CSV import or a forgotten password); unlocks the account. */
  async issueTemporaryPassword(user: AuthUser, id: string): Promise<{ official: Official; temporaryPassword: string }> {
    // Refused before the hash (~50 ms of argon2, outside the transaction): an account that does not
    // exist or is not the caller's to manage costs a read, not a hash. Checked again under the lock.
    await this.lockManageable(this.dataSource.manager, user, id, { lock: false });
    const temporaryPassword = this.passwords.temporary();
    const passwordHash = await this.passwords.hash(temporaryPassword);
    const official = await this.dataSource.transaction(async (tx) => {
      const official = await this.lockManageable(tx, user, id);
      Object.assign(official, { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null });
      const saved = await tx.save(official);
      await this.auth.revokeSessions(tx, id);
      await this.audit.record(tx, { actorId: user.id, action: 'org.official.password_issued', entityType: 'official', entityId: id });
      return saved;
    });
    return { official: Official.from(official), temporaryPassword };
  }

  /**
   * An administrator removes someone's authenticator (lost or replaced phone): its recovery codes go
   * too, every session of the account ends, the person is told, and the reset is audited. They sign
   * in with the password and enrol again (HR and ADMIN must, before doing anything else).
   */
  async resetSecondFactor(user: AuthUser, id: string): Promise<Official> {
    if (id === user.id) throw cannotResetOwn();
    return this.dataSource.transaction(async (tx) => {
      const official = await this.lockManageable(tx, user, id);
      await this.secondFactor.reset(tx, id);
      await this.auth.revokeSessions(tx, id);
      await this.audit.record(tx, { actorId: user.id, action: 'auth.second_factor.reset', entityType: 'official', entityId: id, data: { role: official.role } });
      await this.notifications.send(tx, {
        recipientId: id,
        kind: 'SECOND_FACTOR_RESET',
        title: { vi: 'Xác thực hai lớp của bạn đã được đặt lại', en: 'Your two-factor sign-in was reset' },
        body: {
          vi: `Quản trị ${user.fullName} đã gỡ ứng dụng xác thực khỏi tài khoản của bạn. Hãy đăng nhập và đăng ký lại tại trang Bảo mật tài khoản. Nếu bạn không yêu cầu việc này, hãy báo ngay cho quản trị.`,
          en: `Administrator ${user.fullName} removed the authenticator app from your account. Sign in and enrol again on the Account security page. If you did not ask for this, tell an administrator at once.`,
        },
        data: { officialId: id },
      });
      return Official.from(official);
    });
  }

  /** Clears a lockout after wrong passwords without issuing a new password; audited. */
  async unlock(user: AuthUser, id: string): Promise<Official> {
    return this.dataSource.transaction(async (tx) => {
      const official = await this.lockManageable(tx, user, id);
      Object.assign(official, { failedLoginCount: 0, lockedUntil: null });
      const saved = await tx.save(official);
      await this.audit.record(tx, { actorId: user.id, action: 'org.official.unlocked', entityType: 'official', entityId: id });
      return Official.from(saved);
    });
  }

  /** The roles the caller may give an account, for the dashboard to offer (libs/domain role-grants; it never restates the rule). */
  grantableRoles(user: AuthUser): Role[] {
    return grantableRoles(user.role) as Role[];
  }

  /** Whether the caller may edit, reset, unlock, deactivate or end the sessions of this account. */
  async canManage(user: AuthUser, account: Pick<UserEntity, 'id' | 'role' | 'cityScope'>, agencyId: string): Promise<boolean> {
    if (account.id === user.id) return false;
    if (!canGrantAccount(user.role, account)) return false;
    return this.access.assertCanAdministerAgency(user, agencyId).then(
      () => true,
      () => false,
    );
  }

  /** Locks the account row for a change (or only checks, with lock: false); NOT_FOUND, or FORBIDDEN when the caller may not manage it. */
  async lockManageable(tx: EntityManager, user: AuthUser, id: string, options = { lock: true }): Promise<UserEntity> {
    const official = await tx.findOne(UserEntity, { where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!official) throw notFound('official', id);
    await this.unitForWrite(tx, user, official.unitId);
    assertCanManage(user, official);
    return official;
  }

  /** The role and city scope being set must be the caller's to grant (libs/domain role-grants). */
  private assertGrantable(user: AuthUser, role: Role, cityScope: boolean): void {
    if (!canGrantRole(user.role, role)) throw roleNotGrantable(role);
    if (cityScope && !canGrantCityScope(user.role)) throw roleNotGrantable('city scope');
  }

  /** The unit exists and the caller administers its agency. */
  private async unitForWrite(tx: EntityManager, user: AuthUser, unitId: string): Promise<UnitEntity> {
    const unit = await tx.findOneBy(UnitEntity, { id: unitId });
    if (!unit) throw invalidReference('input.unitId', 'đơn vị không tồn tại', 'no such unit');
    await this.access.assertCanAdministerAgency(user, unit.agencyId);
    return unit;
  }

  private async checkReferences(tx: EntityManager, unit: UnitEntity, positionId: string | null, rankId: string | null): Promise<void> {
    if (positionId) {
      const position = await tx.findOneBy(PositionEntity, { id: positionId });
      if (!position || position.agencyId !== unit.agencyId) {
        throw invalidReference('input.positionId', 'vị trí việc làm phải thuộc cơ quan của đơn vị', "the position must belong to the unit's agency");
      }
    }
    if (rankId && !(await tx.existsBy(RankEntity, { id: rankId }))) {
      throw invalidReference('input.rankId', 'ngạch không tồn tại', 'no such rank');
    }
  }
}

/** A unique index refused the row (two requests at once): the typed error of the column it guards. */
function uniqueViolationOf(error: unknown, row: { email: string; employeeCode?: string | null }): unknown {
  if (!isUniqueViolation(error)) return error;
  return (error as { constraint?: string; driverError?: { constraint?: string } }).driverError?.constraint === 'UQ_app_user_employee_code' && row.employeeCode
    ? employeeCodeTaken(row.employeeCode)
    : duplicateEmail(row.email);
}

/**
 * Nobody may edit, reset, deactivate or reactivate an account whose role they could not grant:
 * otherwise HR could issue an administrator's password and sign in as them.
 */
export function assertCanManage(user: AuthUser, account: Pick<UserEntity, 'role' | 'cityScope'>): void {
  if (!canGrantAccount(user.role, account)) throw accountNotManageable(account.role);
}
