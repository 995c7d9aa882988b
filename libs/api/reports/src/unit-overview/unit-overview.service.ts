import { Injectable } from '@nestjs/common';
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
  UserEntity,
} from '@ketqua/api/core';
import {
  checkWorkloadParity,
  computePeriodScoreNumbers,
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
@Injectable()
export class UnitOverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
    private readonly facts: AssignmentFactsSource,
    private readonly homeWork: HomeWorkStatusSource,
    private readonly pilots: PilotScopeSource,
  ) {}

  /** The caller's own unit: the topmost unit they head, else the unit they belong to. */
  async defaultUnit(user: AuthUser): Promise<string> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT u.id FROM unit u LEFT JOIN unit p ON p.id = u.parent_id
        WHERE u.head_id = $1 AND u.active AND (p.id IS NULL OR p.head_id IS DISTINCT FROM $1) ORDER BY u.name, u.id LIMIT 1`,
      [user.id],
    );
    return rows[0]?.id ?? user.unitId;
  }

  async overview(user: AuthUser, requested?: string | null): Promise<UnitOverview> {
    const unitId = requested ?? (await this.defaultUnit(user));
    const [unit] = (await this.dataSource.query('SELECT id, name, agency_id FROM unit WHERE id = $1', [unitId])) as Array<{ id: string; name: string; agency_id: string }>;
    if (!unit) throw new NotFoundError({ vi: 'đơn vị', en: 'unit' }, unitId);
    await this.access.assertCanSeeUnit(user, unitId);

    const now = this.clock.now();
    const today = toLocalDate(now);
    const { week, month } = weekAndMonthOf(today);
    const months = lastMonths(today, TREND_MONTHS);
    const [subtree, calendar, periodWindow] = await Promise.all([this.access.subtreeOf(unitId), this.calendars.calendar(), this.openPeriod(unit.agency_id, unitId, today)]);
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
    const factsFrom = windows.reduce((min, w) => (w.from < min ? w.from : min), windows[0].from);
    const factsTo = windows.reduce((max, w) => (w.to > max ? w.to : max), windows[0].to);

    const [counts, spots, open, today_, facts, homeSets] = await Promise.all([
      this.workCounts(subtree, windows, trendWindows),
      this.spotChecks(subtree, windows),
      this.openWork(subtree, calendar, now),
      this.presence(subtree, today, calendar.isWorkingDay(today)),
      this.facts.factsFor(memberIds, { from: factsFrom, to: factsTo }),
      Promise.all(windows.map((w) => this.homeWork.homeWorkersIn(memberIds, { from: w.from, to: w.to }))),
    ]);
    const subtreeSet = new Set(subtree);
    const unitFacts = facts.filter((f) => subtreeSet.has(f.unitId));
    const ruleSet = ruleSetInForce(today);

    const countsOf = (key: string, officialId: string | null): WorkCounts => {
      const row = counts.find((r) => r.key === key && r.official_id === officialId);
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
      const row = spots.find((r) => r.key === key && r.official_id === officialId);
      return row ? { onTime: row.on_time, late: row.late, missed: row.missed, excused: row.excused } : ZERO_SPOT;
    };

    const overviewWindows = windows.map((w, i) => {
      const inWindow = unitFacts.filter((f) => f.deadlineDate >= w.from && f.deadlineDate <= w.to);
      const home = new Set(homeSets[i]);
      const workload = (officialId: string) => ({ officialId, workload: countsOf(w.key, officialId).unitsAssigned });
      const parity = checkWorkloadParity(memberIds.filter((id) => home.has(id)).map(workload), memberIds.filter((id) => !home.has(id)).map(workload), ruleSet);
      const parityOf = new Map(parity.results.map((r) => [r.officialId, r]));
      const isPeriod = w.kind === OverviewWindowKind.PERIOD;
      const officials = members.map((m) => {
        const own = inWindow.filter((f) => f.officialId === m.id);
        const p = parityOf.get(m.id);
        return Object.assign(new OfficialOverview(), {
          official: OfficialSummary.from(m),
          homeWorker: home.has(m.id),
          parityFlag: p?.flagged ?? false,
          belowOfficeAveragePercent: p?.belowAveragePercent ?? null,
          figures: figuresOf(countsOf(w.key, m.id), spotOf(w.key, m.id), own, isPeriod ? runningScore(own, ruleSet) : null, p?.flagged ? 1 : 0),
        });
      });
      const unitRunning = isPeriod ? meanPercent(officials.map((o) => o.figures.runningScore).filter((s): s is number => s !== null)) : null;
      return Object.assign(new OverviewWindow(), {
        kind: w.kind,
        from: w.from,
        to: w.to,
        periodId: isPeriod ? (periodWindow?.id ?? null) : null,
        periodName: isPeriod ? (periodWindow?.name ?? null) : null,
        unit: figuresOf(countsOf(w.key, null), spotOf(w.key, null), inWindow, unitRunning, parity.flagged.length),
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
    return this.dataSource.query(
      `SELECT w.key, a.assignee_id AS official_id,
              count(*)::int AS assigned,
              count(*) FILTER (WHERE a.status = 'ACCEPTED')::int AS accepted,
              count(*) FILTER (WHERE a.status = 'ACCEPTED' AND d.on_time)::int AS accepted_on_time,
              coalesce(sum(round(a.coefficient * a.quantity, 2)), 0) AS units_assigned,
              coalesce(sum(round(a.coefficient * coalesce(a.accepted_quantity, a.quantity), 2)) FILTER (WHERE a.status = 'ACCEPTED'), 0) AS units_delivered
         FROM unnest($2::text[], $3::date[], $4::date[], $5::boolean[]) AS w(key, from_day, to_day, per_official)
         JOIN assignment a
           ON a.unit_id = ANY($1::uuid[])
          AND a.deadline >= (w.from_day::timestamp AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}')
          AND a.deadline < ((w.to_day + 1)::timestamp AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}')
          AND a.status <> ALL($6::text[])
         LEFT JOIN deliverable d ON d.assignment_id = a.id AND d.decision = 'ACCEPTED'
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

interface UserEntityRow {
  id: string;
  full_name: string;
  position_id: string | null;
  unit_id: string;
}

/** The quality percentages of the accepted assignments, by libs/domain on the facts. */
function qualities(facts: readonly AssignmentFact[]): number[] {
  return facts.filter((f) => f.status === 'ACCEPTED').map((f) => scoreAssignmentNumbers(f, getRuleSet(f.ruleSetVersion)).quality);
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
  facts: readonly AssignmentFact[],
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
    meanQuality: meanPercent(qualities(facts)),
    runningScore: running,
    spotChecksOnTime: spot.onTime,
    spotChecksOwed: spot.onTime + spot.late + spot.missed,
    spotCheckCompliance: spotCheckCompliance(spot),
    parityFlagged,
  });
}
