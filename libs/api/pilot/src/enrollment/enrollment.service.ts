import { Injectable } from '@nestjs/common';
import {
  AccessService,
  assertVersion,
  AuditService,
  AuthUser,
  Clock,
  ConnectionShape,
  isUniqueViolation,
  keysetPage,
  NotificationSender,
  PageArgs,
  PositionEntity,
  Role,
  UnitEntity,
  UserEntity,
} from '@ketqua/api/core';
import { CapCheck as DomainCapCheck, checkHomeWorkCaps, WorkingCalendar } from '@ketqua/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { CommitmentService } from '../commitment/commitment.service';
import { EligibilityService } from '../eligibility/eligibility.service';
import { notFound, notYours, WHAT } from '../pilot.errors';
import { PilotEntity, PilotUnitEntity } from '../pilot/pilot.entity';
import { PilotService } from '../pilot/pilot.service';
import { HomeRosterService, toDomainAbsence, toDomainEnrollment, UnitSituation } from '../presence/home-roster.service';
import { ChangeEnrollmentInput, DecideEnrollmentInput, EnrollmentFilter, RequestEnrollmentInput, ResumeEnrollmentInput, WithdrawEnrollmentInput } from './dto/enrollment.inputs';
import { EnrollmentEntity, EnrollmentStatusValue } from './enrollment.entity';
import {
  alreadyOpen,
  capRefused,
  commitmentNotAccepted,
  commitmentOutdated,
  endBeforeStart,
  equipmentMissing,
  noCommitmentPublished,
  noPosition,
  notInPilot,
  officialLeftUnit,
  outsidePilotDates,
  ownEnrollment,
  positionNotEligible,
  reasonRequired,
  startInPast,
  tooManyHomeDays,
  wrongStatus,
} from './enrollment.errors';
import { decisionNotice, requestNotice, withdrawalNotice, requestSubject } from './enrollment.notifications';
import { CapCheck, CapViolationKind, Enrollment } from './models/enrollment.model';

const OPEN: EnrollmentStatusValue[] = ['PENDING', 'APPROVED', 'SUSPENDED'];

/**
 * Home-work enrollments (PRODUCT.md 4.1): the official asks with the commitment accepted and the
 * equipment confirmed; the head approves only within the unit's caps (libs/domain decides), or
 * refuses with a reason; approved arrangements can be suspended, resumed and ended. Audited.
 */
@Injectable()
export class EnrollmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly pilots: PilotService,
    private readonly eligibility: EligibilityService,
    private readonly commitments: CommitmentService,
    private readonly roster: HomeRosterService,
    private readonly notifications: NotificationSender,
  ) {}

  async list(user: AuthUser, filter: EnrollmentFilter = {}, page: PageArgs): Promise<ConnectionShape<Enrollment>> {
    const qb = this.dataSource.getRepository(EnrollmentEntity).createQueryBuilder('e');
    await this.access.restrictToScope(qb, user, { unit: 'e.unitId', own: ['e.officialId'] });
    if (filter.pilotId) qb.andWhere('e.pilotId = :pilotId', { pilotId: filter.pilotId });
    if (filter.unitId) qb.andWhere('e.unitId = :unitId', { unitId: filter.unitId });
    if (filter.officialId) qb.andWhere('e.officialId = :officialId', { officialId: filter.officialId });
    if (filter.statuses?.length) qb.andWhere('e.status IN (:...statuses)', { statuses: filter.statuses });
    return keysetPage(qb, page, { columns: ['e.requestedAt', 'e.id'], values: (e) => [e.requestedAt.toISOString(), e.id], descending: true }, Enrollment.from);
  }

  async get(user: AuthUser, id: string): Promise<Enrollment> {
    const enrollment = await this.dataSource.getRepository(EnrollmentEntity).findOneBy({ id });
    if (!enrollment) throw notFound('enrollment', id);
    await this.access.assertCanSeeOfficial(user, { id: enrollment.officialId, unitId: enrollment.unitId });
    return Enrollment.from(enrollment);
  }

  async request(user: AuthUser, input: RequestEnrollmentInput): Promise<Enrollment> {
    if (!input.acceptCommitment) throw commitmentNotAccepted();
    const missing = (['hasComputer', 'hasPhone', 'hasPrinter', 'hasInternet'] as const).filter((f) => !input[f]);
    if (missing.length) throw equipmentMissing(missing);
    if (input.endDate < input.startDate) throw endBeforeStart();
    if (input.startDate < this.clock.today()) throw startInPast();
    return this.dataSource.transaction(async (tx) => {
      const { pilot, unitIds } = await this.pilots.load(tx, input.pilotId);
      const official = await tx.findOneByOrFail(UserEntity, { id: user.id });
      if (!unitIds.includes(official.unitId)) throw notInPilot();
      const outside = [
        ...(input.startDate < pilot.startDate || input.startDate > pilot.endDate ? ['startDate' as const] : []),
        ...(input.endDate < pilot.startDate || input.endDate > pilot.endDate ? ['endDate' as const] : []),
      ];
      if (outside.length) throw outsidePilotDates(pilot.startDate, pilot.endDate, outside);
      const weekdays = [...new Set(input.weekdays)].sort();
      // libs/domain's weekly limit (the caps themselves are the head's decision, at approval).
      const proposal = { id: 'proposal', officialId: official.id, unitId: official.unitId, weekdays, startDate: input.startDate, endDate: input.endDate };
      const weekly = (await this.domainCapCheck(tx, pilot, proposal))?.weeklyLimit;
      if (weekly && !weekly.ok) throw tooManyHomeDays(weekly.homeDaysPerWeek, weekly.max);
      await this.assertEligible(tx, pilot, official.positionId);
      const commitment = await this.commitments.current(tx);
      if (!commitment) throw noCommitmentPublished();
      if (commitment.version !== input.commitmentVersion) throw commitmentOutdated(input.commitmentVersion, commitment.version);
      const open = await tx.findOneBy(EnrollmentEntity, { pilotId: pilot.id, officialId: official.id, status: In(OPEN) });
      if (open) throw alreadyOpen(open.status);
      const now = this.clock.now();
      const saved = await tx
        .save(
          tx.create(EnrollmentEntity, {
            pilotId: pilot.id,
            officialId: official.id,
            unitId: official.unitId,
            positionId: official.positionId,
            weekdays,
            startDate: input.startDate,
            endDate: input.endDate,
            status: 'PENDING',
            commitmentTextId: commitment.id,
            commitmentVersion: commitment.version,
            commitmentAcceptedAt: now,
            hasComputer: true,
            hasPhone: true,
            hasPrinter: true,
            hasInternet: true,
            note: input.note ?? null,
            requestedAt: now,
            decidedAt: null,
            decidedById: null,
            decisionReason: null,
            suspendedAt: null,
            suspendedById: null,
            suspendReason: null,
            endedAt: null,
            endedById: null,
            endReason: null,
          }),
        )
        .catch((error: unknown) => {
          // Two requests at once: the partial unique index keeps one open enrollment per official.
          throw isUniqueViolation(error) ? alreadyOpen('PENDING') : error;
        });
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'pilot.enrollment.requested',
        entityType: 'enrollment',
        entityId: saved.id,
        data: {
          pilotId: pilot.id,
          weekdays,
          startDate: saved.startDate,
          endDate: saved.endDate,
          commitmentVersion: commitment.version,
          commitmentTextId: commitment.id,
          commitmentAcceptedAt: now.toISOString(),
          equipment: { computer: true, phone: true, printer: true, internet: true },
        },
      });
      const unit = await tx.findOneByOrFail(UnitEntity, { id: official.unitId });
      if (unit.headId && unit.headId !== official.id) await this.notifications.send(tx, requestNotice(unit.headId, official.fullName, saved));
      return Enrollment.from(saved);
    });
  }

  async decide(user: AuthUser, input: DecideEnrollmentInput): Promise<Enrollment> {
    if (!input.approve && !input.reason) throw reasonRequired();
    return this.change(user, input.id, input.version, ['PENDING'], input.approve ? { vi: 'duyệt', en: 'approve' } : { vi: 'từ chối', en: 'refuse' }, async (tx, e, pilot) => {
      const now = this.clock.now();
      if (input.approve) {
        await this.assertEligible(tx, pilot, e.positionId);
        const check = await this.assertWithinCaps(tx, pilot, e);
        Object.assign(e, { status: 'APPROVED', decidedAt: now, decidedById: user.id, decisionReason: input.reason ?? null });
        return { action: 'pilot.enrollment.approved', data: { reason: input.reason ?? null, weekdays: summarise(check) } };
      }
      Object.assign(e, { status: 'REJECTED', decidedAt: now, decidedById: user.id, decisionReason: input.reason });
      return { action: 'pilot.enrollment.rejected', data: { reason: input.reason } };
    });
  }

  suspend(user: AuthUser, input: ChangeEnrollmentInput): Promise<Enrollment> {
    return this.change(user, input.id, input.version, ['APPROVED'], { vi: 'tạm dừng', en: 'suspend' }, async (_tx, e) => {
      Object.assign(e, { status: 'SUSPENDED', suspendedAt: this.clock.now(), suspendedById: user.id, suspendReason: input.reason });
      return { action: 'pilot.enrollment.suspended', data: { reason: input.reason } };
    });
  }

  resume(user: AuthUser, input: ResumeEnrollmentInput): Promise<Enrollment> {
    return this.change(user, input.id, input.version, ['SUSPENDED'], { vi: 'cho làm việc tại nhà trở lại', en: 'resume' }, async (tx, e, pilot) => {
      // The unit may have filled up while it was suspended: resuming is an approval again.
      await this.assertEligible(tx, pilot, e.positionId);
      const check = await this.assertWithinCaps(tx, pilot, e);
      Object.assign(e, { status: 'APPROVED', suspendedAt: null, suspendedById: null, suspendReason: null });
      return { action: 'pilot.enrollment.resumed', data: { weekdays: summarise(check) } };
    });
  }

  end(user: AuthUser, input: ChangeEnrollmentInput): Promise<Enrollment> {
    return this.change(user, input.id, input.version, ['APPROVED', 'SUSPENDED'], { vi: 'kết thúc', en: 'end' }, async (_tx, e) => {
      Object.assign(e, { status: 'ENDED', endedAt: this.clock.now(), endedById: user.id, endReason: input.reason });
      return { action: 'pilot.enrollment.ended', data: { reason: input.reason } };
    });
  }

  /**
   * The official's own step back: a pending request withdrawn or an arrangement stopped, both ENDED
   * (nothing to approve any more, and they may ask again). The head of the unit is told.
   */
  async withdraw(user: AuthUser, input: WithdrawEnrollmentInput): Promise<Enrollment> {
    return this.dataSource.transaction(async (tx) => {
      const e = await tx.findOne(EnrollmentEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!e) throw notFound('enrollment', input.id);
      if (e.officialId !== user.id) throw notYours('Bạn chỉ có thể rút đăng ký của chính mình.', 'You can only withdraw your own enrollment.');
      assertVersion(WHAT.enrollment, input.version, e.version);
      if (!OPEN.includes(e.status)) throw wrongStatus(e.status, { vi: 'rút đăng ký', en: 'withdraw' });
      const from = e.status;
      const reason = input.reason || null;
      Object.assign(e, { status: 'ENDED', endedAt: this.clock.now(), endedById: user.id, endReason: reason ?? 'Công chức tự rút đăng ký' });
      const saved = await tx.save(e);
      await this.audit.record(tx, { actorId: user.id, action: 'pilot.enrollment.withdrawn', entityType: 'enrollment', entityId: e.id, data: { from, to: 'ENDED', reason } });
      const unit = await tx.findOneByOrFail(UnitEntity, { id: e.unitId });
      const official = await tx.findOneByOrFail(UserEntity, { id: user.id });
      if (unit.headId && unit.headId !== user.id) await this.notifications.send(tx, withdrawalNotice(unit.headId, official.fullName, saved, from === 'PENDING', reason));
      if (from === 'PENDING') await this.notifications.settle(tx, requestSubject(e.id));
      return Enrollment.from(saved);
    });
  }

  /** Suspends on a spot-check flag's decision, inside that decision's transaction. */
  async suspendInTransaction(tx: EntityManager, user: AuthUser, enrollmentId: string, reason: string): Promise<void> {
    const e = await tx.findOne(EnrollmentEntity, { where: { id: enrollmentId }, lock: { mode: 'pessimistic_write' } });
    if (!e) throw notFound('enrollment', enrollmentId);
    if (e.status !== 'APPROVED') throw wrongStatus(e.status, { vi: 'tạm dừng', en: 'suspend' });
    Object.assign(e, { status: 'SUSPENDED', suspendedAt: this.clock.now(), suspendedById: user.id, suspendReason: reason });
    await tx.save(e);
    await this.audit.record(tx, { actorId: user.id, action: 'pilot.enrollment.suspended', entityType: 'enrollment', entityId: e.id, data: { reason } });
    const notice = decisionNotice('pilot.enrollment.suspended', e, reason);
    if (notice) await this.notifications.send(tx, notice);
  }

  /**
   * The week grids of a page of enrollments, for a per-request DataLoader: one read of each unit's
   * situation for the whole page, then libs/domain's cap check per enrollment.
   */
  async capChecks(enrollments: readonly Enrollment[]): Promise<CapCheck[]> {
    const manager = this.dataSource.manager;
    const pilots = await manager.findBy(PilotEntity, { id: In([...new Set(enrollments.map((e) => e.pilotId))]) });
    const calendar = await this.roster.calendar();
    const requests = [...new Set(enrollments.map((e) => e.unitId))].map((unitId) => {
      const ofUnit = enrollments.filter((e) => e.unitId === unitId);
      const from = ofUnit.reduce((min, e) => (e.startDate < min ? e.startDate : min), ofUnit[0].startDate);
      const to = ofUnit.reduce((max, e) => (e.endDate > max ? e.endDate : max), ofUnit[0].endDate);
      return { unitId, from, to };
    });
    // Every unit of the page in three queries (it was three per unit).
    const read = await this.roster.situations(manager, requests);
    const situations = new Map<string, UnitSituation>(requests.map((r, i) => [r.unitId, read[i]]));
    return enrollments.map((e) => {
      const pilot = pilots.find((p) => p.id === e.pilotId);
      const situation = situations.get(e.unitId);
      // An enrollment always has its pilot (foreign key) and its unit was read above.
      if (!pilot || !situation) throw new Error(`enrollment ${e.id}: pilot or unit missing`);
      return toCapCheck(capCheckOf(pilot, e, situation, calendar), pilot);
    });
  }

  /** UNIT_HEAD: units they head (never their own enrollment); HR and ADMIN: agencies they administer. */
  async assertCanManage(manager: EntityManager, user: AuthUser, e: EnrollmentEntity): Promise<void> {
    if (e.officialId === user.id) throw ownEnrollment();
    if (user.role === Role.UNIT_HEAD) return this.access.assertCanSeeUnit(user, e.unitId);
    const unit = await manager.findOneByOrFail(UnitEntity, { id: e.unitId });
    await this.access.assertCanAdministerAgency(user, unit.agencyId);
  }

  private async change(
    user: AuthUser,
    id: string,
    version: number | undefined,
    from: EnrollmentStatusValue[],
    action: { vi: string; en: string },
    apply: (tx: EntityManager, e: EnrollmentEntity, pilot: PilotEntity) => Promise<{ action: string; data: Record<string, unknown> }>,
  ): Promise<Enrollment> {
    return this.dataSource.transaction(async (tx) => {
      const e = await tx.findOne(EnrollmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!e) throw notFound('enrollment', id);
      await this.assertCanManage(tx, user, e);
      assertVersion(WHAT.enrollment, version, e.version);
      if (!from.includes(e.status)) throw wrongStatus(e.status, action);
      const pilot = await tx.findOneByOrFail(PilotEntity, { id: e.pilotId });
      const before = e.status;
      const audit = await apply(tx, e, pilot);
      const saved = await tx.save(e);
      await this.audit.record(tx, { actorId: user.id, action: audit.action, entityType: 'enrollment', entityId: e.id, data: { from: before, to: saved.status, ...audit.data } });
      const notice = decisionNotice(audit.action, saved, audit.data['reason'] as string | null | undefined);
      if (notice) await this.notifications.send(tx, notice);
      if (before === 'PENDING') await this.notifications.settle(tx, requestSubject(e.id));
      return Enrollment.from(saved);
    });
  }

  private async assertEligible(manager: EntityManager, pilot: PilotEntity, positionId: string | null): Promise<void> {
    const result = await this.eligibility.eligibilityOf(manager, pilot, positionId);
    if (!result) throw noPosition();
    if (!result.eligible) {
      const position = await manager.findOneByOrFail(PositionEntity, { id: positionId as string });
      throw positionNotEligible(position.name, result.reasons);
    }
  }

  /**
   * Approvals of one unit run one at a time (the pilot_unit row is locked), so two heads approving
   * together cannot both squeeze under the cap.
   */
  private async assertWithinCaps(tx: EntityManager, pilot: PilotEntity, e: EnrollmentEntity): Promise<DomainCapCheck> {
    const membership = await tx.findOne(PilotUnitEntity, { where: { pilotId: pilot.id, unitId: e.unitId }, lock: { mode: 'pessimistic_write' } });
    if (!membership) throw notInPilot();
    const check = await this.domainCapCheck(tx, pilot, e);
    if (!check) throw officialLeftUnit();
    if (!check.ok) throw capRefused(check);
    return check;
  }

  private async domainCapCheck(manager: EntityManager, pilot: PilotEntity, e: CapSubject & Pick<EnrollmentEntity, 'unitId'>): Promise<DomainCapCheck | null> {
    const [situation, calendar] = await Promise.all([this.roster.situation(manager, e.unitId, e.startDate, e.endDate), this.roster.calendar()]);
    return capCheckOf(pilot, e, situation, calendar);
  }
}

type CapSubject = Pick<EnrollmentEntity, 'id' | 'officialId' | 'weekdays' | 'startDate' | 'endDate'>;

/** null when the official is no longer a member of the unit (the domain refuses such a roster). */
function capCheckOf(pilot: PilotEntity, e: CapSubject, situation: UnitSituation, calendar: WorkingCalendar): DomainCapCheck | null {
  if (!situation.members.some((m) => m.id === e.officialId)) return null;
  return checkHomeWorkCaps(
    {
      roster: situation.members.map((m) => m.id),
      approved: situation.approved.map(toDomainEnrollment),
      proposed: toDomainEnrollment(e),
      absences: situation.absences.map(toDomainAbsence),
      isWorkingDay: (date) => calendar.isWorkingDay(date),
      limits: PilotService.limitsOf(pilot),
    },
    PilotService.ruleSetOf(pilot),
  );
}

function summarise(check: DomainCapCheck) {
  return check.weekdays.filter((d) => d.affected).map((d) => ({ weekday: d.weekday, home: d.homeCount, total: d.total, maxHome: d.maxHome, onSite: d.onSiteCount }));
}

function toCapCheck(check: DomainCapCheck | null, pilot: PilotEntity): CapCheck {
  if (!check) return { ok: false, weekdays: [], homeDaysPerWeek: 0, maxHomeDaysPerWeek: pilot.maxHomeDaysPerWeek, violations: [] };
  return {
    ok: check.ok,
    weekdays: check.weekdays.map((d) => ({
      weekday: d.weekday,
      affected: d.affected,
      homeCount: d.homeCount,
      total: d.total,
      sharePercent: d.sharePercent,
      capPercent: d.capPercent,
      maxHome: d.maxHome,
      onSiteCount: d.onSiteCount,
      minOnSite: d.minOnSite,
      breaksCap: d.breaksCap,
      breaksMinOnSite: d.breaksMinOnSite,
      breakingDates: d.breakingDates,
    })),
    homeDaysPerWeek: check.weeklyLimit.homeDaysPerWeek,
    maxHomeDaysPerWeek: check.weeklyLimit.max,
    violations: check.violations.map((v) => ({ kind: v.kind as CapViolationKind, weekday: v.weekday, firstDate: v.firstDate })),
  };
}
