import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AfterCommit,
  AgencyEntity,
  assertVersion,
  AuditService,
  AuthUser,
  changes as fieldChanges,
  Clock,
  ConnectionShape,
  JobQueue,
  keysetPage,
  PageArgs,
  PilotScopeSource,
  RealtimeBus,
  Role,
  UnitEntity,
} from '@ketqua/api/core';
import { cutOffProblem, periodDates, periodName, toLocalDate, windowsProblem, windowsShortened } from '@ketqua/domain';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { badField, conflict, domain, notFound, WHAT } from '../evaluation.errors';
import { CreateEvaluationPeriodInput, EvaluationPeriodFilter, UpdateEvaluationPeriodInput } from './dto/evaluation-period.inputs';
import { EvaluationPeriodEntity } from './evaluation-period.entity';
import { OPEN_PERIOD_JOB, progressTopic } from './evaluation-period.jobs';
import { EvaluationJobProgress, EvaluationPeriod } from './models/evaluation-period.model';

/** The first word of a libs/domain window problem is the field it is about. */
const problemField = (problem: string) => `input.${problem.split(' ')[0]}`;

/**
 * Evaluation periods (PRODUCT.md 4.4): HR creates them for an agency they administer or a pilot
 * all of whose agencies they administer, edits the windows (only later once open), and opens them;
 * the opening itself runs as a background job (EvaluationPeriodOpener).
 */
@Injectable()
export class EvaluationPeriodService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly pilots: PilotScopeSource,
    private readonly jobs: JobQueue,
    private readonly afterCommit: AfterCommit,
    private readonly bus: RealtimeBus,
  ) {}

  async list(user: AuthUser, filter: EvaluationPeriodFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<EvaluationPeriod>> {
    filter ??= {};
    const scope = await this.access.scopeOf(user);
    const qb = this.dataSource.getRepository(EvaluationPeriodEntity).createQueryBuilder('p');
    if (!scope.agencies.all) {
      const agencies = scope.agencies.ids.length ? scope.agencies.ids : [null];
      const pilotIds = scope.units.all ? [] : await this.pilots.pilotIdsWithUnits(scope.units.ids);
      qb.andWhere(
        new Brackets((w) => {
          w.where('p.agencyId IN (:...agencies)', { agencies });
          if (pilotIds.length) w.orWhere('p.pilotId IN (:...pilotIds)', { pilotIds });
        }),
      );
    }
    if (filter.agencyId) qb.andWhere('p.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.pilotId) qb.andWhere('p.pilotId = :pilotId', { pilotId: filter.pilotId });
    if (filter.year) qb.andWhere('p.year = :year', { year: filter.year });
    if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
    return keysetPage(qb, page, { columns: ['p.startsOn', 'p.id'], values: (p) => [p.startsOn, p.id], descending: true }, EvaluationPeriod.from);
  }

  async get(user: AuthUser, id: string): Promise<EvaluationPeriod> {
    const period = await this.load(this.dataSource.manager, id);
    await this.assertCanRead(user, period);
    return EvaluationPeriod.from(period);
  }

  async load(manager: EntityManager, id: string, lock = false): Promise<EvaluationPeriodEntity> {
    const period = await manager.findOne(EvaluationPeriodEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!period) throw notFound('period', id);
    return period;
  }

  /** The units whose officials the period evaluates: the agency's, or the pilot's. */
  async unitIdsOf(manager: EntityManager, period: { agencyId: string | null; pilotId: string | null }): Promise<string[]> {
    if (period.agencyId) {
      const rows: Array<{ id: string }> = await manager.query('SELECT id FROM unit WHERE agency_id = $1', [period.agencyId]);
      return rows.map((r) => r.id);
    }
    return (await this.pilots.pilotOf(period.pilotId as string, manager))?.unitIds ?? [];
  }

  /** Reading: the agency in scope, or (a pilot's period) any of the pilot's units in scope. */
  async assertCanRead(user: AuthUser, period: EvaluationPeriodEntity): Promise<void> {
    if (period.agencyId) return this.access.assertCanSeeAgency(user, period.agencyId);
    const scope = await this.access.scopeOf(user);
    if (scope.units.all) return;
    const units = await this.unitIdsOf(this.dataSource.manager, period);
    if (units.some((id) => AccessService.includes(scope.units, id))) return;
    await this.access.assertCanSeeUnit(user, units[0] ?? '');
  }

  /** Managing: HR of the agency (or of every agency of the pilot's units), city-scope HR, ADMIN. */
  async assertCanManage(manager: EntityManager, user: AuthUser, period: { agencyId: string | null; pilotId: string | null }): Promise<void> {
    if (period.agencyId) return this.access.assertCanAdministerAgency(user, period.agencyId);
    if (user.role === Role.ADMIN || (user.role === Role.HR && user.cityScope)) return;
    const unitIds = await this.unitIdsOf(manager, period);
    const units = unitIds.length ? await manager.findBy(UnitEntity, { id: In(unitIds) }) : [];
    const agencies = new Set(units.map((u) => u.agencyId));
    if (!agencies.size) agencies.add(''); // a pilot without units: nobody but city-wide HR manages it
    for (const agencyId of agencies) await this.access.assertCanAdministerAgency(user, agencyId);
  }

  async create(user: AuthUser, input: CreateEvaluationPeriodInput): Promise<EvaluationPeriod> {
    const number = input.number ?? null;
    const { startsOn, endsOn } = domain(() => periodDates(input.kind, input.year, number));
    if (!input.agencyId === !input.pilotId) {
      throw badField('SCOPE_REQUIRED', 'input.agencyId', { vi: 'chọn đúng một: cơ quan hoặc đề án thí điểm', en: 'give exactly one of agencyId and pilotId' });
    }
    this.checkWindows(input, endsOn);
    return this.dataSource.transaction(async (tx) => {
      let scopeName: string;
      if (input.agencyId) {
        const agency = await tx.findOneBy(AgencyEntity, { id: input.agencyId });
        if (!agency) throw notFound('agency', input.agencyId);
        scopeName = agency.name;
      } else {
        const pilot = await this.pilots.pilotOf(input.pilotId as string, tx);
        if (!pilot) throw notFound('pilot', input.pilotId as string);
        scopeName = pilot.name;
      }
      const scope = { agencyId: input.agencyId ?? null, pilotId: input.pilotId ?? null };
      await this.assertCanManage(tx, user, scope);
      const twin = await tx
        .getRepository(EvaluationPeriodEntity)
        .createQueryBuilder('p')
        .where('p.kind = :kind AND p.year = :year AND p.number IS NOT DISTINCT FROM :number', { kind: input.kind, year: input.year, number })
        .andWhere(scope.agencyId ? 'p.agencyId = :agencyId' : 'p.pilotId = :pilotId', scope)
        .getOne();
      if (twin) {
        throw conflict('PERIOD_EXISTS', { vi: `Kỳ đánh giá này đã có: "${twin.name}".`, en: `This period already exists: "${twin.name}".` }, { periodId: twin.id });
      }
      const entity = tx.create(EvaluationPeriodEntity, {
        kind: input.kind,
        year: input.year,
        number,
        startsOn,
        endsOn,
        ...scope,
        name: input.name ?? `${periodName(input.kind, input.year, number)} – ${scopeName}`,
        status: 'DRAFT',
        selfAssessmentUntil: input.selfAssessmentUntil,
        headScoringUntil: input.headScoringUntil,
        publishUntil: input.publishUntil,
        cutOffAt: input.cutOffAt,
        factsFrozenAt: null,
        openedAt: null,
        openedById: null,
        jobStatus: null,
        jobTotal: 0,
        jobDone: 0,
        jobError: null,
      });
      const saved = await tx.save(entity);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'evaluation-period.create',
        entityType: 'evaluation_period',
        entityId: saved.id,
        data: { ...input, cutOffAt: input.cutOffAt.toISOString(), startsOn, endsOn },
      });
      return EvaluationPeriod.from(saved);
    });
  }

  async update(user: AuthUser, input: UpdateEvaluationPeriodInput): Promise<EvaluationPeriod> {
    const { id, version, ...fields } = input;
    return this.dataSource.transaction(async (tx) => {
      const period = await this.load(tx, id, true);
      await this.assertCanManage(tx, user, period);
      assertVersion(WHAT.period, version, period.version);
      if (period.status === 'CLOSED') throw conflict('PERIOD_CLOSED', { vi: 'Kỳ đánh giá đã đóng, không sửa được.', en: 'The period is closed and cannot be edited.' });
      const before = { ...period };
      const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null));
      Object.assign(period, given);
      this.checkWindows(period, period.endsOn);
      if (before.status !== 'DRAFT') {
        const shortened = windowsShortened(before, period);
        if (shortened.length || period.cutOffAt.getTime() < before.cutOffAt.getTime()) {
          throw badField('WINDOW_SHORTENED', `input.${shortened[0] ?? 'cutOffAt'}`, {
            vi: 'kỳ đã mở: các mốc thời gian chỉ được lùi về sau, không được rút ngắn',
            en: 'the period is open: windows and the cut-off may only move later',
          });
        }
        if (before.factsFrozenAt && period.cutOffAt.getTime() !== before.cutOffAt.getTime()) {
          throw conflict('FACTS_FROZEN', { vi: 'Số liệu đã được chốt; không đổi được thời điểm chốt.', en: 'The facts are frozen; the cut-off cannot change.' });
        }
      }
      const saved = await tx.save(period);
      const edited = Object.fromEntries(Object.keys(given).map((key) => [key, (saved as unknown as Record<string, unknown>)[key]]));
      const changes = fieldChanges(before as unknown as Record<string, unknown>, edited);
      await this.audit.record(tx, { actorId: user.id, action: 'evaluation-period.update', entityType: 'evaluation_period', entityId: id, data: { changes } });
      return EvaluationPeriod.from(saved);
    });
  }

  /**
   * Queues the opening job: the period shows OPENING with jobStatus QUEUED at once, and the bar
   * fills as the job creates the evaluations. A failed opening is opened again to continue.
   */
  async open(user: AuthUser, id: string, version: number): Promise<EvaluationPeriod> {
    const saved = await this.dataSource.transaction(async (tx) => {
      const period = await this.load(tx, id, true);
      await this.assertCanManage(tx, user, period);
      assertVersion(WHAT.period, version, period.version);
      const retry = period.status === 'OPENING' && period.jobStatus === 'FAILED';
      if (period.status !== 'DRAFT' && !retry) {
        throw conflict(
          'PERIOD_ALREADY_OPENED',
          { vi: 'Kỳ đánh giá đã được mở (hoặc đang mở).', en: 'The period has already been opened (or is opening).' },
          { status: period.status, jobStatus: period.jobStatus },
        );
      }
      Object.assign(period, { status: 'OPENING', jobStatus: 'QUEUED', jobError: null, openedAt: period.openedAt ?? this.clock.now(), openedById: user.id });
      const saved = await tx.save(period);
      await this.audit.record(tx, { actorId: user.id, action: 'evaluation-period.open', entityType: 'evaluation_period', entityId: id, data: { retry } });
      this.afterCommit.run(tx, async () => {
        await this.bus.publish(progressTopic(id), EvaluationJobProgress.from(saved));
        await this.jobs.send(OPEN_PERIOD_JOB, { periodId: id }, { singletonKey: id });
      });
      return saved;
    });
    return EvaluationPeriod.from(saved);
  }

  private checkWindows(w: { selfAssessmentUntil: string; headScoringUntil: string; publishUntil: string; cutOffAt: Date }, endsOn: string): void {
    const problem = windowsProblem(w, endsOn) ?? cutOffProblem(toLocalDate(w.cutOffAt), endsOn, w);
    if (problem) throw badField('WINDOWS_OUT_OF_ORDER', problemField(problem), { vi: windowProblemVi(problem), en: problem });
  }
}

function windowProblemVi(problem: string): string {
  if (problem.startsWith('selfAssessmentUntil')) return 'hạn tự đánh giá phải từ ngày cuối của kỳ trở về sau';
  if (problem.startsWith('headScoringUntil')) return 'hạn chấm điểm phải từ hạn tự đánh giá trở về sau';
  if (problem.startsWith('publishUntil')) return 'hạn công khai phải từ hạn chấm điểm trở về sau';
  if (problem.includes('last day')) return 'thời điểm chốt số liệu phải từ ngày cuối của kỳ trở về sau';
  return 'thời điểm chốt số liệu phải trước hoặc bằng hạn chấm điểm';
}
