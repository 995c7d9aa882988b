import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import {
  AccessService,
  AssignmentFact,
  AssignmentFactsSource,
  AuthUser,
  CalendarService,
  Clock,
  HomeWorkStatusSource,
  NotFoundError,
  OfficialSummary,
  overdueSql,
  PilotScopeSource,
  RealtimeBus,
  UNIT_WORK_CHANGED_TOPIC,
  UnitWorkChanged,
  UserEntity,
} from '@ketqua/api/core';
import {
  checkWorkloadParity,
  computePeriodScoreNumbers,
  DeductionEvent,
  getRuleSet,
  HO_CHI_MINH_TIME_ZONE,
  isoWeekday,
  lastMonths,
  meanPercent,
  PERIOD_ASSIGNMENT_RULE,
  ruleSetInForce,
  RuleSet,
  scoreAssignmentNumbers,
  spotCheckCompliance,
  toLocalDate,
  weekAndMonthOf,
  workFigures,
  WorkCounts,
  WITH_OFFICIAL_STATUSES,
} from '@ketqua/domain';
import { DataSource, In } from 'typeorm';
import {
  OfficialOverview,
  OverviewFigures,
  OverviewMonth,
  OverviewPresenceStatus,
  OverviewToday,
  OverviewWindow,
  OverviewWindowKind,
  UnitOverview,
} from './models/unit-overview.model';

interface Window {
  key: string;
  from: string;
  to: string;
}

interface CountRow {
  key: string;
  official_id: string | null;
  assigned: number;
  accepted: number;
  accepted_on_time: number;
  units_assigned: string;
  units_delivered: string;
}

interface SpotRow {
  key: string;
  official_id: string | null;
  on_time: number;
  late: number;
  missed: number;
  excused: number;
}

const ZERO_COUNTS: WorkCounts = { assigned: 0, accepted: 0, acceptedOnTime: 0, unitsAssigned: 0, unitsDelivered: 0 };
const ZERO_SPOT = { onTime: 0, late: 0, missed: 0, excused: 0 };
const TREND_MONTHS = 6;
const OPEN_STATUSES = [...WITH_OFFICIAL_STATUSES, 'SUBMITTED'];

/**
 * Tổng quan đơn vị (PRODUCT.md journey 2): a read model of the unit head's landing page. It reads
 * the work, pilot and evaluation modules' tables by SQL (assignment, deliverable, spot_check,
 * enrollment, absence, evaluation_period) — a feature never imports another, and this read model
 * changes nothing — and goes through core's ports where a number needs another module's derivation:
 * AssignmentFactsSource (each assignment's missed deadlines and major-error returns, derived once in
 * the work module) for mean quality and the running score, HomeWorkStatusSource for who works from
 * home in a window, PilotScopeSource for the pilots a unit is in. Counts are aggregated in SQL (one
 * grouped query per table for every window at once); rates, scores and the parity flag come from
 * libs/domain.
 */
/** How long a computed overview is served to the unit's other readers when no work of the unit changed meanwhile. */
export const OVERVIEW_REUSE_MS = 15_000;

interface CachedOverview {
  computedAt: number;
  /** The units whose work changing makes this overview stale. */
  units: ReadonlySet<string>;
  value: Promise<UnitOverview>;
}

@Injectable()
export class UnitOverviewService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(UnitOverviewService.name);
  /**
   * The figures of a unit are the same for every reader allowed to see it (scope is checked before):
   * one computation serves the readers of a unit for OVERVIEW_REUSE_MS — concurrent requests share
   * the one under way — and is dropped as soon as a deliverable of the unit's subtree is submitted or
   * reviewed (UnitWorkChanged, from every API instance through the RealtimeBus), so the live refresh
   * always recomputes. `asOf` says when the figures were computed.
   */
  private readonly cache = new Map<string, CachedOverview>();
  private readonly stop = new AbortController();

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
    private readonly facts: AssignmentFactsSource,
    private readonly homeWork: HomeWorkStatusSource,
    private readonly pilots: PilotScopeSource,
    private readonly bus: RealtimeBus,
  ) {}

  onModuleInit(): void {
    void (async () => {
      for await (const event of this.bus.subscribe<UnitWorkChanged>(UNIT_WORK_CHANGED_TOPIC, this.stop.signal)) this.forget(event.unitId);
    })().catch((error: unknown) => this.logger.error(`overview invalidation stopped: ${(error as Error).message}`));
  }

  onModuleDestroy(): void {
    this.stop.abort();
  }

  /** Drops the overviews that count this unit's work (all of them without a unit). */
  forget(unitId?: string): void {
    for (const [key, entry] of this.cache) if (!unitId || entry.units.has(unitId)) this.cache.delete(key);
  }

  /** The caller's own unit: the topmost unit they head, else the unit they belong to. */
  async defaultUnit(user: AuthUser): Promise<string> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT u.id FROM unit u LEFT JOIN unit p ON p.id = u.parent_id
        WHERE u.head_id = $1 AND u.active AND (p.id IS NULL OR p.head_id IS DISTINCT FROM $1) ORDER BY u.name, u.id LIMIT 1`,
      [user.id],
    );
    return rows[0]?.id ?? user.unitId;
  }

  /**
   * The overview of a unit (default: the caller's own). With `window`, only that window's per-official
   * rows are filled (the page shows one window at a time; the other windows keep their unit figures and
   * an empty `officials`): WEEK's when that window is not there (no open period). Without, every window's.
   */
  async overview(user: AuthUser, requested?: string | null, window?: OverviewWindowKind | null): Promise<UnitOverview> {
    const unitId = requested ?? (await this.defaultUnit(user));
    const at = this.clock.now().getTime();
    const cached = this.cache.get(unitId);
    if (cached && at - cached.computedAt < OVERVIEW_REUSE_MS && at >= cached.computedAt) {
      // A cached unit exists: only the reader's scope is checked (no unit lookup, no recomputation).
      await this.access.assertCanSeeUnit(user, unitId);
      return withOfficialsOf(await cached.value, window);
    }
    const [unit] = (await this.dataSource.query('SELECT id, name, agency_id FROM unit WHERE id = $1', [unitId])) as Array<{ id: string; name: string; agency_id: string }>;
    if (!unit) throw new NotFoundError({ vi: 'đơn vị', en: 'unit' }, unitId);
    await this.access.assertCanSeeUnit(user, unitId);
    const again = this.cache.get(unitId);
    if (again && at - again.computedAt < OVERVIEW_REUSE_MS && at >= again.computedAt) return withOfficialsOf(await again.value, window);
    const subtree = await this.access.subtreeOf(unitId);
    const entry: CachedOverview = { computedAt: at, units: new Set(subtree), value: this.compute(unit, subtree) };
    this.cache.set(unitId, entry);
    entry.value.catch(() => this.cache.get(unitId) === entry && this.cache.delete(unitId));
    return withOfficialsOf(await entry.value, window);
  }

  private async compute(unit: { id: string; name: string; agency_id: string }, subtree: string[]): Promise<UnitOverview> {
    const unitId = unit.id;
    const now = this.clock.now();
    const today = toLocalDate(now);
    const { week, month } = weekAndMonthOf(today);
    const months = lastMonths(today, TREND_MONTHS);
    const [calendar, periodWindow] = await Promise.all([this.calendars.calendar(), this.openPeriod(unit.agency_id, unitId, today)]);
    const windows: Array<Window & { kind: OverviewWindowKind }> = [
      { key: 'WEEK', kind: OverviewWindowKind.WEEK, ...week },
      { key: 'MONTH', kind: OverviewWindowKind.MONTH, ...month },
      ...(periodWindow ? [{ key: 'PERIOD', kind: OverviewWindowKind.PERIOD, from: periodWindow.starts_on, to: periodWindow.ends_on }] : []),
    ];
    const trendWindows: Window[] = months.map((m, i) => ({ key: `M${i}`, from: m.from, to: m.to }));

    const members = (await this.dataSource.getRepository(UserEntity).find({ where: { unitId: In(subtree), active: true } })).sort((a, b) =>
      a.fullName.localeCompare(b.fullName, 'vi'),
    );
    const memberIds = members.map((m) => m.id);
    const spanFrom = windows.reduce((min, w) => (w.from < min ? w.from : min), windows[0].from);
    const spanTo = windows.reduce((max, w) => (w.to > max ? w.to : max), windows[0].to);

    const [counts, spots, open, today_, accepted, periodFacts, homeSets] = await Promise.all([
      this.workCounts(subtree, windows, trendWindows),
      this.spotChecks(subtree, windows),
      this.openWork(subtree, calendar, now),
      this.presence(subtree, today, calendar.isWorkingDay(today)),
      this.acceptedQualityInputs(subtree, spanFrom, spanTo),
      // The running score needs each assignment's missed deadlines: the work module derives them (the facts port), for the open period only.
      periodWindow ? this.facts.factsFor(memberIds, { from: periodWindow.starts_on, to: periodWindow.ends_on }) : Promise.resolve([]),
      Promise.all(windows.map((w) => this.homeWork.homeWorkersIn(memberIds, { from: w.from, to: w.to }))),
    ]);
    const subtreeSet = new Set(subtree);
    const periodFactsOf = groupBy(
      periodFacts.filter((f) => subtreeSet.has(f.unitId)),
      (f) => f.officialId,
    );
    // Each accepted assignment's quality once (libs/domain), then averaged per window and official.
    const quality = accepted.map((a) => ({ ...a, quality: scoreAssignmentNumbers(a, getRuleSet(a.ruleSetVersion)).quality }));
    const ruleSet = ruleSetInForce(today);

    const countRows = new Map(counts.map((r) => [`${r.key}/${r.official_id ?? ''}`, r]));
    const spotRows = new Map(spots.map((r) => [`${r.key}/${r.official_id ?? ''}`, r]));
    const countsOf = (key: string, officialId: string | null): WorkCounts => {
      const row = countRows.get(`${key}/${officialId ?? ''}`);
      return row
        ? {
            assigned: row.assigned,
            accepted: row.accepted,
            acceptedOnTime: row.accepted_on_time,
            unitsAssigned: Number(row.units_assigned),
            unitsDelivered: Number(row.units_delivered),
          }
        : ZERO_COUNTS;
    };
    const spotOf = (key: string, officialId: string | null) => {
      const row = spotRows.get(`${key}/${officialId ?? ''}`);
      return row ? { onTime: row.on_time, late: row.late, missed: row.missed, excused: row.excused } : ZERO_SPOT;
    };

    const overviewWindows = windows.map((w, i) => {
      const qualityOf = groupBy(
        quality.filter((a) => a.deadlineDate >= w.from && a.deadlineDate <= w.to),
        (a) => a.officialId,
      );
      const home = new Set(homeSets[i]);
      const workload = (officialId: string) => ({ officialId, workload: countsOf(w.key, officialId).unitsAssigned });
      const parity = checkWorkloadParity(memberIds.filter((id) => home.has(id)).map(workload), memberIds.filter((id) => !home.has(id)).map(workload), ruleSet);
      const parityOf = new Map(parity.results.map((r) => [r.officialId, r]));
      const isPeriod = w.kind === OverviewWindowKind.PERIOD;
      const officials = members.map((m) => {
        const p = parityOf.get(m.id);
        return Object.assign(new OfficialOverview(), {
          official: OfficialSummary.from(m),
          homeWorker: home.has(m.id),
          parityFlag: p?.flagged ?? false,
          belowOfficeAveragePercent: p?.belowAveragePercent ?? null,
          figures: figuresOf(
            countsOf(w.key, m.id),
            spotOf(w.key, m.id),
            (qualityOf.get(m.id) ?? []).map((a) => a.quality),
            isPeriod ? runningScore(periodFactsOf.get(m.id) ?? [], ruleSet) : null,
            p?.flagged ? 1 : 0,
          ),
        });
      });
      const unitRunning = isPeriod ? meanPercent(officials.map((o) => o.figures.runningScore).filter((s): s is number => s !== null)) : null;
      return Object.assign(new OverviewWindow(), {
        kind: w.kind,
        from: w.from,
        to: w.to,
        periodId: isPeriod ? (periodWindow?.id ?? null) : null,
        periodName: isPeriod ? (periodWindow?.name ?? null) : null,
        unit: figuresOf(
          countsOf(w.key, null),
          spotOf(w.key, null),
          [...qualityOf.values()].flat().map((a) => a.quality),
          unitRunning,
          parity.flagged.length,
        ),
        officials,
      });
    });

    const trend = months.map((m, i) => {
      const f = workFigures(countsOf(`M${i}`, null));
      return Object.assign(new OverviewMonth(), {
        label: m.label,
        from: m.from,
        to: m.to,
        assigned: f.assigned,
        accepted: f.accepted,
        unitsAssigned: f.unitsAssigned,
        unitsDelivered: f.unitsDelivered,
        completionRate: f.completionRate,
        onTimeRate: f.onTimeRate,
      });
    });

    const totals = open.find((r) => r.official_id === null);
    return Object.assign(new UnitOverview(), {
      unitId,
      unitName: unit.name,
      asOf: now,
      today: today_,
      windows: overviewWindows,
      trend,
      overdue: totals?.overdue ?? 0,
      overdueByOfficial: open.filter((r) => r.official_id !== null && r.overdue > 0).map((r) => ({ officialId: r.official_id as string, count: r.overdue })),
      reviewQueue: totals?.queue ?? 0,
    });
  }

  /**
   * The quality inputs of the accepted assignments of the span (scoreAssignmentNumbers' input): converted
   * units expected and accepted, and the returns for a major content error with their waiver — the
   * work module's deductionEventsOf, read here by SQL (quality needs no deadline history).
   */
  private async acceptedQualityInputs(units: string[], from: string, to: string): Promise<AcceptedQualityInput[]> {
    const rows: Array<{ id: string; assignee_id: string; deadline_date: string; expected: string; delivered: string; rule_set_version: string; returns: DeductionEvent[] }> =
      await this.dataSource.query(
        `SELECT a.id, a.assignee_id, (a.deadline AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}')::date AS deadline_date, a.rule_set_version,
                round(a.coefficient * a.quantity, 2) AS expected, round(a.coefficient * coalesce(a.accepted_quantity, a.quantity), 2) AS delivered,
                coalesce((SELECT json_agg(json_build_object('reference', 'v' || d.version_no,
                                   'waiver', CASE WHEN d.waiver_cause IS NOT NULL AND d.waiver_confirmed_by IS NOT NULL
                                                  THEN json_build_object('cause', d.waiver_cause, 'confirmedBy', d.waiver_confirmed_by) END) ORDER BY d.version_no)
                            FROM deliverable d WHERE d.assignment_id = a.id AND d.decision = 'RETURNED' AND d.major_error), '[]'::json) AS returns
           FROM assignment a
          WHERE a.unit_id = ANY($1::uuid[]) AND a.status = 'ACCEPTED'
            AND a.deadline >= ($2::date::timestamp AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}') AND a.deadline < (($3::date + 1)::timestamp AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}')`,
        [units, from, to],
      );
    return rows.map((r) => ({
      assignmentId: r.id,
      officialId: r.assignee_id,
      deadlineDate: r.deadline_date,
      ruleSetVersion: r.rule_set_version,
      expectedUnits: Number(r.expected),
      deliveredUnits: Number(r.delivered),
      majorErrorReturns: r.returns,
      missedDeadlines: [],
    }));
  }

  /** The latest open evaluation period of the unit's agency or of a pilot the unit is in, started by today. */
  private async openPeriod(agencyId: string, unitId: string, today: string): Promise<{ id: string; name: string; starts_on: string; ends_on: string } | null> {
    const pilotIds = await this.pilots.pilotIdsWithUnits([unitId]);
    const rows = await this.dataSource.query(
      `SELECT id, name, starts_on, ends_on FROM evaluation_period
        WHERE status = 'OPEN' AND starts_on <= $3 AND (agency_id = $1 OR pilot_id = ANY($2::uuid[]))
        ORDER BY starts_on DESC, id LIMIT 1`,
      [agencyId, pilotIds, today],
    );
    return rows[0] ?? null;
  }

  /**
   * Per window, per official of the unit and for the unit (GROUPING SETS): the assignments counted
   * (libs/domain's PERIOD_ASSIGNMENT_RULE: by deadline, cancelled left out), accepted, accepted on
   * time (the accepted version's on_time, recorded at submission against the deadline then in force)
   * and converted units. The trend months are counted for the unit only.
   */
  private workCounts(units: string[], windows: Window[], unitOnly: Window[]): Promise<CountRow[]> {
    const all = [...windows.map((w) => ({ ...w, perOfficial: true })), ...unitOnly.map((w) => ({ ...w, perOfficial: false }))];
    // The windows' bounds are computed once (not per comparison), the assignments of the widest span
    // read once with their accepted version's on_time (an index-only probe each), then counted per window.
    return this.dataSource.query(
      `WITH w AS MATERIALIZED (
         SELECT key, per_official, (from_day::timestamp AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}') AS lo, ((to_day + 1)::timestamp AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}') AS hi
           FROM unnest($2::text[], $3::date[], $4::date[], $5::boolean[]) AS w(key, from_day, to_day, per_official)
       ), a AS MATERIALIZED (
         SELECT a.assignee_id, a.status, a.deadline, round(a.coefficient * a.quantity, 2) AS units,
                CASE WHEN a.status = 'ACCEPTED' THEN round(a.coefficient * coalesce(a.accepted_quantity, a.quantity), 2) END AS delivered,
                coalesce(d.on_time, false) AS on_time
           FROM assignment a
           LEFT JOIN LATERAL (SELECT d.on_time FROM deliverable d WHERE d.assignment_id = a.id AND d.decision = 'ACCEPTED' LIMIT 1) d ON a.status = 'ACCEPTED'
          WHERE a.unit_id = ANY($1::uuid[]) AND a.status <> ALL($6::text[])
            AND a.deadline >= (SELECT min(lo) FROM w) AND a.deadline < (SELECT max(hi) FROM w)
       )
       SELECT w.key, a.assignee_id AS official_id,
              count(*)::int AS assigned,
              count(*) FILTER (WHERE a.status = 'ACCEPTED')::int AS accepted,
              count(*) FILTER (WHERE a.on_time)::int AS accepted_on_time,
              coalesce(sum(a.units), 0) AS units_assigned,
              coalesce(sum(a.delivered), 0) AS units_delivered
         FROM w JOIN a ON a.deadline >= w.lo AND a.deadline < w.hi
        GROUP BY GROUPING SETS ((w.key, a.assignee_id), (w.key))
       HAVING GROUPING(a.assignee_id) = 1 OR bool_and(w.per_official)`,
      [units, all.map((w) => w.key), all.map((w) => w.from), all.map((w) => w.to), all.map((w) => w.perOfficial), [...PERIOD_ASSIGNMENT_RULE.excludedStatuses]],
    );
  }

  /** Closed spot checks of the unit's officials by outcome, per window, per official and for the unit. */
  private spotChecks(units: string[], windows: Window[]): Promise<SpotRow[]> {
    return this.dataSource.query(
      `SELECT w.key, s.official_id,
              count(*) FILTER (WHERE s.outcome = 'ON_TIME')::int AS on_time,
              count(*) FILTER (WHERE s.outcome = 'LATE')::int AS late,
              count(*) FILTER (WHERE s.outcome = 'MISSED')::int AS missed,
              count(*) FILTER (WHERE s.outcome = 'EXCUSED')::int AS excused
         FROM unnest($2::text[], $3::date[], $4::date[]) AS w(key, from_day, to_day)
         JOIN spot_check s ON s.unit_id = ANY($1::uuid[]) AND s.date BETWEEN w.from_day AND w.to_day AND s.outcome IS NOT NULL
        GROUP BY GROUPING SETS ((w.key, s.official_id), (w.key))`,
      [units, windows.map((w) => w.key), windows.map((w) => w.from), windows.map((w) => w.to)],
    );
  }

  /** Overdue work (core's overdueSql, the same condition as the team board's filter) and the review queue, per official and in total (ROLLUP). */
  private async openWork(
    units: string[],
    calendar: Awaited<ReturnType<CalendarService['calendar']>>,
    now: Date,
  ): Promise<Array<{ official_id: string | null; overdue: number; queue: number }>> {
    const overdue = overdueSql('a', calendar, now);
    return this.dataSource
      .createQueryBuilder()
      .from('assignment', 'a')
      .select('a.assignee_id', 'official_id')
      .addSelect(`count(*) FILTER (WHERE ${overdue.sql})::int`, 'overdue')
      .addSelect(`count(*) FILTER (WHERE a.status = 'SUBMITTED')::int`, 'queue')
      .where('a.unit_id IN (:...units)', { units })
      .andWhere('a.status IN (:...openStatuses)', { openStatuses: OPEN_STATUSES })
      .setParameters(overdue.params)
      .groupBy('ROLLUP(a.assignee_id)')
      .getRawMany();
  }

  /**
   * Who is where today: away on a recorded absence, at home on an approved enrollment's weekday,
   * in the office otherwise (the pilot's HomeRosterService.statusOn rule, in SQL for one day: on
   * the day itself a suspended or ended enrollment no longer puts anyone at home).
   */
  private async presence(units: string[], today: string, workingDay: boolean): Promise<OverviewToday> {
    const rows: Array<UserEntityRow & { status: OverviewPresenceStatus }> = await this.dataSource.query(
      `SELECT u.id, u.full_name, u.position_id, u.unit_id,
              CASE WHEN NOT $4::boolean THEN 'HOLIDAY'
                   WHEN EXISTS (SELECT 1 FROM absence ab WHERE ab.official_id = u.id AND ab.cancelled_at IS NULL AND $2::date BETWEEN ab.start_date AND ab.end_date) THEN 'AWAY'
                   WHEN EXISTS (SELECT 1 FROM enrollment e WHERE e.official_id = u.id AND e.status = 'APPROVED' AND e.decided_at IS NOT NULL
                                   AND $2::date BETWEEN e.start_date AND e.end_date AND $3::int = ANY(e.weekdays)) THEN 'HOME'
                   ELSE 'OFFICE' END AS status
         FROM app_user u WHERE u.unit_id = ANY($1::uuid[]) AND u.active`,
      [units, today, isoWeekday(today), workingDay],
    );
    const entries = rows
      .map((r) => ({ official: Object.assign(new OfficialSummary(), { id: r.id, fullName: r.full_name, positionId: r.position_id, unitId: r.unit_id }), status: r.status }))
      .sort((a, b) => a.official.fullName.localeCompare(b.official.fullName, 'vi'));
    const count = (s: OverviewPresenceStatus) => entries.filter((e) => e.status === s).length;
    return Object.assign(new OverviewToday(), {
      date: today,
      workingDay,
      home: count(OverviewPresenceStatus.HOME),
      office: count(OverviewPresenceStatus.OFFICE),
      away: count(OverviewPresenceStatus.AWAY),
      entries,
    });
  }
}

interface AcceptedQualityInput {
  assignmentId: string;
  officialId: string;
  deadlineDate: string;
  ruleSetVersion: string;
  expectedUnits: number;
  deliveredUnits: number;
  majorErrorReturns: DeductionEvent[];
  missedDeadlines: DeductionEvent[];
}

interface UserEntityRow {
  id: string;
  full_name: string;
  position_id: string | null;
  unit_id: string;
}

/** The overview with the per-official rows of one window only (see UnitOverviewService.overview); the cached model itself is never changed. */
function withOfficialsOf(overview: UnitOverview, window: OverviewWindowKind | null | undefined): UnitOverview {
  if (!window) return overview;
  const chosen = overview.windows.some((w) => w.kind === window) ? window : OverviewWindowKind.WEEK;
  return Object.assign(new UnitOverview(), overview, {
    windows: overview.windows.map((w) => (w.kind === chosen ? w : Object.assign(new OverviewWindow(), w, { officials: [] }))),
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/** The running task points of an official's period (before the head scores the general criteria); null with no assignment. */
function runningScore(facts: readonly AssignmentFact[], ruleSet: RuleSet): number | null {
  if (!facts.length) return null;
  const scored = facts.map((f) => scoreAssignmentNumbers(f, getRuleSet(f.ruleSetVersion)));
  const generalCriteria = ruleSet.congChuc.generalCriteria.map((c) => ({ code: c.code, points: 0 }));
  return computePeriodScoreNumbers({ assignments: scored, generalCriteria }, ruleSet).taskPoints;
}

function figuresOf(
  counts: WorkCounts,
  spot: { onTime: number; late: number; missed: number; excused: number },
  qualities: readonly number[],
  running: number | null,
  parityFlagged: number,
): OverviewFigures {
  const work = workFigures(counts);
  return Object.assign(new OverviewFigures(), {
    assigned: work.assigned,
    accepted: work.accepted,
    acceptedOnTime: work.acceptedOnTime,
    unitsAssigned: work.unitsAssigned,
    unitsDelivered: work.unitsDelivered,
    completionRate: work.completionRate,
    onTimeRate: work.onTimeRate,
    meanQuality: meanPercent(qualities),
    runningScore: running,
    spotChecksOnTime: spot.onTime,
    spotChecksOwed: spot.onTime + spot.late + spot.missed,
    spotCheckCompliance: spotCheckCompliance(spot),
    parityFlagged,
  });
}
