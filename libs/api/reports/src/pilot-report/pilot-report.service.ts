import { Injectable } from '@nestjs/common';
import {
  clusteredBootstrapDifferenceInDifferences,
  DEFAULT_RULE_SET,
  GRADES,
  meanOf,
  monthsOf,
  ratePercent,
  ReportRanges,
  RULE_SETS,
  sharesPercent,
  SPOT_CHECK_COMPLIANT_OUTCOMES,
  UnitScoreObservation,
  validateReportRanges,
  workloadPerOfficialMonth,
} from '@ketqua/domain';
import { AccessService, AuditService, AuthUser, Clock, domainCall, NotFoundError, outOfScope } from '@ketqua/api/core';
import { DataSource, EntityManager } from 'typeorm';
import { PilotReportInput } from './dto/pilot-report.input';
import { methodNote } from './method-note';
import {
  BalanceDimension,
  MovedCohortReason,
  PilotReportBreakdownRowModel,
  PilotReportMetricsModel,
  PilotReportModel,
  ReportCohort,
  ReportPhase,
} from './models/pilot-report.model';
import { AGGREGATES, BALANCE, CREATE_REPORT_FACT, CREATE_REPORT_MEMBER, DID_OBSERVATIONS, MISSING_EVALUATIONS, MOVED_COHORT, NAMES, PROVENANCE } from './pilot-report.sql';

/** The plain data object of the report: what GraphQL returns and what the exports stream. */
export type PilotReportData = PilotReportModel;

/** How many missing evaluations and moved officials the report lists (the counts are always whole). */
export const REPORT_LIST_LIMIT = 500;

export interface ReportStatement {
  sql: string;
  params: unknown[];
}

/**
 * The report's SQL statements with their parameters, in the order they run in one transaction
 * (the two CREATE TEMP TABLE first). The bench (tools/bench/pilot-report.ts --explain) reads their plans.
 */
export function reportStatements(p: {
  pilotId: string;
  ranges: ReportRanges;
  unitIds: readonly string[];
}): Record<'member' | 'fact' | 'aggregates' | 'did' | 'balance' | 'missing' | 'moved' | 'provenance', ReportStatement> {
  const { ranges } = p;
  const baselineMonths = new Set(monthsOf(ranges.baseline));
  const trendMonths = ranges.preTrendMonths.filter((m) => !baselineMonths.has(m));
  const months = [...[...baselineMonths].map((m) => [m, 'BASELINE']), ...trendMonths.map((m) => [m, 'TREND']), ...monthsOf(ranges.period).map((m) => [m, 'PILOT'])];
  return {
    member: { sql: CREATE_REPORT_MEMBER, params: [p.pilotId, ranges.period.startsOn, ranges.period.endsOn, p.unitIds] },
    fact: {
      sql: CREATE_REPORT_FACT,
      params: [months.map(([m]) => `${m}-01`), months.map(([, phase]) => phase), p.pilotId, ranges.baseline.startsOn, ranges.period.endsOn, [...SPOT_CHECK_COMPLIANT_OUTCOMES]],
    },
    aggregates: { sql: AGGREGATES, params: [] },
    did: { sql: DID_OBSERVATIONS, params: [] },
    balance: { sql: BALANCE, params: [] },
    missing: { sql: MISSING_EVALUATIONS, params: [REPORT_LIST_LIMIT] },
    moved: { sql: MOVED_COHORT, params: [REPORT_LIST_LIMIT, ranges.period.startsOn, ranges.period.endsOn] },
    provenance: { sql: PROVENANCE, params: [] },
  };
}

type Row = Record<string, unknown>;
const COHORTS = [ReportCohort.HOME, ReportCohort.OFFICE];
const PHASES = [ReportPhase.BASELINE, ReportPhase.PILOT];

interface PilotRow {
  id: string;
  name: string;
  decision_number: string;
  start_date: string;
  end_date: string;
  rule_set_version: string;
}

/**
 * HR's pilot evaluation report (PRODUCT.md 4.7). `report` is the GraphQL query's body and also the
 * plain method the exports call: it checks scope, audits the read (report.viewed: the report is
 * personal data, read like an evaluation sheet) and returns PilotReportData.
 */
@Injectable()
export class PilotReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async report(user: AuthUser, input: PilotReportInput): Promise<PilotReportData> {
    const db = this.dataSource.manager;
    const [pilot] = (await db.query(`SELECT id, name, decision_number, start_date::text, end_date::text, rule_set_version FROM pilot WHERE id = $1`, [
      input.pilotId,
    ])) as PilotRow[];
    if (!pilot) throw new NotFoundError({ vi: 'đề án thí điểm', en: 'pilot' }, input.pilotId);
    const ranges = domainCall(() => validateReportRanges({ period: input.period, baseline: input.baseline, pilotStartDate: pilot.start_date }));
    const unitIds = await this.unitsOf(user, pilot.id, input);
    const ruleSet = RULE_SETS[pilot.rule_set_version] ?? DEFAULT_RULE_SET;
    const seed = `pilot-report|${pilot.id}|${ranges.period.from}..${ranges.period.to}|${ranges.baseline.from}..${ranges.baseline.to}|${input.agencyId ?? '*'}|${input.unitId ?? '*'}`;

    const statements = reportStatements({ pilotId: pilot.id, ranges, unitIds });

    // READ COMMITTED (the default) is enough: every figure is read from the two temp tables, each
    // written by one statement (one snapshot); REPEATABLE READ would make the audit append's row
    // lock fail with a serialization error whenever another append commits meanwhile.
    return this.dataSource.transaction(async (tx) => {
      // One connection: the statements run one after the other.
      const run = async (s: ReportStatement) => (await tx.query(s.sql, s.params)) as Row[];
      // The fact statement's estimated cost makes PostgreSQL JIT-compile it: 3 s of compiling for a
      // statement that runs in 5 s at city scale (EXPLAIN ANALYZE, docs/PERFORMANCE.md). Off for this transaction.
      await tx.query(`SET LOCAL jit = off`);
      // Statistics of the temp tables, so the planner picks the per-official indexes for a small cohort.
      await run(statements.member);
      await tx.query(`ANALYZE report_member`);
      await run(statements.fact);
      await tx.query(`ANALYZE report_fact`);
      const aggregates = await run(statements.aggregates);
      const didRows = await run(statements.did);
      const balanceRows = await run(statements.balance);
      const missingRows = await run(statements.missing);
      const movedRows = await run(statements.moved);
      const [provenance] = await run(statements.provenance);
      const names = await this.namesOf(tx, aggregates, balanceRows);

      const observations: UnitScoreObservation[] = didRows.map((r) => ({
        cohort: r['cohort'] as ReportCohort,
        phase: r['phase'] as ReportPhase,
        unitId: r['unit_id'] as string,
        value: Number(r['mean_score']),
      }));
      const did = this.did(observations, seed, ruleSet);

      const cells = (level: number, key: string | null, column: string) =>
        COHORTS.flatMap((cohort) =>
          PHASES.map((phase) =>
            metrics(
              cohort,
              phase,
              aggregates.find((r) => r['level'] === level && r['cohort'] === cohort && r['phase'] === phase && (key === null || r[column] === key)),
            ),
          ),
        );
      const breakdown = (level: number, column: 'agency_id' | 'unit_id' | 'position_id'): PilotReportBreakdownRowModel[] => {
        const ids = [...new Set(aggregates.filter((r) => r['level'] === level && r['phase'] !== null).map((r) => r[column] as string))];
        return ids
          .map((id) => {
            const name = names.get(id) ?? { name: id, agencyId: id };
            const agencyId = column === 'agency_id' ? id : name.agencyId;
            return { id, name: name.name, agencyId, agencyName: names.get(agencyId)?.name ?? agencyId, unitId: column === 'unit_id' ? id : null, cells: cells(level, id, column) };
          })
          .sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi') || a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
      };

      const gradeDistribution = COHORTS.flatMap((cohort) =>
        PHASES.flatMap((phase) => {
          const counts = GRADES.map((grade) =>
            Number(aggregates.find((r) => r['level'] === 4 && r['cohort'] === cohort && r['phase'] === phase && r['grade'] === grade)?.['evaluations'] ?? 0),
          );
          const percents = sharesPercent(counts);
          return GRADES.map((grade, i) => ({ cohort, phase, grade, count: counts[i], percent: percents[i] }));
        }),
      );

      const trendRow = (cohort: ReportCohort, month: string) => aggregates.find((r) => r['level'] === 5 && r['cohort'] === cohort && r['month_start'] === `${month}-01`);
      const preTrend = ranges.preTrendMonths.map((month) => {
        const home = trendRow(ReportCohort.HOME, month);
        const office = trendRow(ReportCohort.OFFICE, month);
        return {
          month,
          homeMean: home ? meanOf(Number(home['score_sum'] ?? 0), Number(home['score_n'])) : null,
          officeMean: office ? meanOf(Number(office['score_sum'] ?? 0), Number(office['score_n'])) : null,
          homeCount: Number(home?.['score_n'] ?? 0),
          officeCount: Number(office?.['score_n'] ?? 0),
        };
      });

      const report: PilotReportData = {
        pilot: { id: pilot.id, name: pilot.name, decisionNumber: pilot.decision_number, startDate: pilot.start_date, endDate: pilot.end_date },
        period: ranges.period,
        baseline: ranges.baseline,
        agencyId: input.agencyId ?? null,
        unitId: input.unitId ?? null,
        asOf: this.clock.now(),
        dataCutOff: provenance?.['cut_off'] ? new Date(provenance['cut_off'] as string) : null,
        ruleSetVersions: [...new Set([...((provenance?.['versions'] as string[] | null) ?? []), pilot.rule_set_version])].sort(),
        summary: cells(0, null, ''),
        did,
        byAgency: breakdown(1, 'agency_id'),
        byUnit: breakdown(2, 'unit_id'),
        byPosition: breakdown(3, 'position_id'),
        gradeDistribution,
        preTrend,
        balance: balance(balanceRows, names),
        dataQuality: {
          missingEvaluations: {
            count: Number(missingRows[0]?.['total'] ?? 0),
            listLimit: REPORT_LIST_LIMIT,
            items: missingRows.map((r) => ({
              officialId: r['official_id'] as string,
              officialName: r['full_name'] as string,
              unitName: r['unit_name'] as string,
              cohort: r['cohort'] as ReportCohort,
              phase: r['phase'] as ReportPhase,
              month: r['month'] as string,
            })),
          },
          movedCohort: {
            count: Number(movedRows[0]?.['total'] ?? 0),
            listLimit: REPORT_LIST_LIMIT,
            items: movedRows.map((r) => ({
              officialId: r['official_id'] as string,
              officialName: r['full_name'] as string,
              unitName: r['unit_name'] as string,
              cohort: r['cohort'] as ReportCohort,
              reasons: [
                r['started_in_period'] ? MovedCohortReason.ENROLLMENT_STARTED_IN_PERIOD : null,
                r['ended_in_period'] ? MovedCohortReason.ENROLLMENT_ENDED_IN_PERIOD : null,
                r['changed_unit'] ? MovedCohortReason.CHANGED_UNIT : null,
                r['changed_position'] ? MovedCohortReason.CHANGED_POSITION : null,
              ].filter((x): x is MovedCohortReason => x !== null),
            })),
          },
        },
        methodNote: methodNote({ resamples: did.resamples, confidenceLevel: did.confidenceLevel, seed, clusters: did.clusters }),
      };
      // Reading the report is an access to personal data: audited like a sheet download, in this transaction.
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'report.viewed',
        entityType: 'pilot',
        entityId: pilot.id,
        data: { report: 'PILOT_REPORT', period: input.period, baseline: input.baseline, agencyId: input.agencyId ?? null, unitId: input.unitId ?? null, units: unitIds.length },
      });
      return report;
    });
  }

  /**
   * Refuses exactly as `report` would (unknown pilot, ranges against the rules, scope), without
   * computing or auditing the report: the exports call it when an export starts and at each download.
   */
  async authorise(user: AuthUser, input: PilotReportInput): Promise<void> {
    const [pilot] = (await this.dataSource.query(`SELECT start_date::text FROM pilot WHERE id = $1`, [input.pilotId])) as Array<{ start_date: string }>;
    if (!pilot) throw new NotFoundError({ vi: 'đề án thí điểm', en: 'pilot' }, input.pilotId);
    domainCall(() => validateReportRanges({ period: input.period, baseline: input.baseline, pilotStartDate: pilot.start_date }));
    await this.unitsOf(user, input.pilotId, input);
  }

  /**
   * The units the report covers: the pilot's units inside the caller's scope (HR of one agency sees
   * only theirs), narrowed to the agency and unit (with the units below it) asked for. A pilot
   * wholly outside the caller's scope, or a filter outside it, is FORBIDDEN.
   */
  private async unitsOf(user: AuthUser, pilotId: string, input: PilotReportInput): Promise<string[]> {
    if (input.agencyId) await this.access.assertCanSeeAgency(user, input.agencyId);
    if (input.unitId) await this.access.assertCanSeeUnit(user, input.unitId);
    const scope = await this.access.scopeOf(user);
    const rows = (await this.dataSource.query(`SELECT pu.unit_id, u.agency_id FROM pilot_unit pu JOIN unit u ON u.id = pu.unit_id WHERE pu.pilot_id = $1`, [pilotId])) as Row[];
    const inScope = rows.filter((r) => scope.units.all || scope.units.ids.includes(r['unit_id'] as string));
    if (rows.length > 0 && inScope.length === 0) throw outOfScope('đề án thí điểm này', 'this pilot');
    const subtree = input.unitId ? new Set(await this.access.subtreeOf(input.unitId)) : null;
    return inScope.filter((r) => (!input.agencyId || r['agency_id'] === input.agencyId) && (!subtree || subtree.has(r['unit_id'] as string))).map((r) => r['unit_id'] as string);
  }

  private did(observations: UnitScoreObservation[], seed: string, ruleSet: typeof DEFAULT_RULE_SET): PilotReportData['did'] {
    const filled = COHORTS.every((c) => PHASES.every((p) => observations.some((o) => o.cohort === c && o.phase === p)));
    const base = { confidenceLevel: ruleSet.statistics.confidenceLevel, resamples: ruleSet.statistics.bootstrapResamples, seed, observations: observations.length };
    if (!filled) {
      return {
        ...base,
        estimate: null,
        lower: null,
        upper: null,
        clusters: new Set(observations.map((o) => o.unitId)).size,
        homeBaseline: null,
        homePilot: null,
        officeBaseline: null,
        officePilot: null,
        unavailableReason: 'Thiếu điểm đã công bố của một nhóm trong một kỳ: không tính được chênh lệch kép.',
      };
    }
    const result = clusteredBootstrapDifferenceInDifferences(observations, { seed }, ruleSet);
    const cell = (c: ReportCohort, p: ReportPhase) => {
      const values = observations.filter((o) => o.cohort === c && o.phase === p);
      return meanOf(
        values.reduce((a, o) => a + o.value, 0),
        values.length,
        4,
      );
    };
    return {
      ...base,
      estimate: result.estimate,
      lower: result.lower,
      upper: result.upper,
      confidenceLevel: result.confidenceLevel,
      resamples: result.resamples,
      clusters: result.clusters,
      homeBaseline: cell(ReportCohort.HOME, ReportPhase.BASELINE),
      homePilot: cell(ReportCohort.HOME, ReportPhase.PILOT),
      officeBaseline: cell(ReportCohort.OFFICE, ReportPhase.BASELINE),
      officePilot: cell(ReportCohort.OFFICE, ReportPhase.PILOT),
      unavailableReason: null,
    };
  }

  private async namesOf(tx: EntityManager, aggregates: Row[], balanceRows: Row[]): Promise<Map<string, { name: string; agencyId: string }>> {
    const ids = (column: string, dimension: string) => [
      ...new Set(
        [...aggregates.map((r) => r[column] as string | null), ...balanceRows.filter((r) => r['dimension'] === dimension).map((r) => r['key'] as string)].filter(
          (x): x is string => !!x,
        ),
      ),
    ];
    const unitIds = [...new Set(aggregates.map((r) => r['unit_id'] as string | null).filter((x): x is string => !!x))];
    const rows = (await tx.query(NAMES, [ids('agency_id', 'AGENCY'), unitIds, ids('position_id', 'POSITION')])) as Row[];
    return new Map(rows.map((r) => [r['id'] as string, { name: r['name'] as string, agencyId: r['agency_id'] as string }]));
  }
}

function metrics(cohort: ReportCohort, phase: ReportPhase, r: Row | undefined): PilotReportMetricsModel {
  const n = (key: string) => Number(r?.[key] ?? 0);
  return {
    cohort,
    phase,
    headcount: n('headcount'),
    assignments: n('assignments'),
    completed: n('completed'),
    completionRatePercent: ratePercent(n('completed'), n('assignments')),
    onTime: n('on_time'),
    onTimeRatePercent: ratePercent(n('on_time'), n('completed')),
    evaluations: n('evaluations'),
    meanQualityPercent: meanOf(n('quality_sum'), n('quality_n')),
    meanScore: meanOf(n('score_sum'), n('score_n')),
    spotChecks: n('checks'),
    spotCheckCompliancePercent: ratePercent(n('compliant'), n('checks')),
    assignedUnits: n('units'),
    workloadPerOfficial: workloadPerOfficialMonth(n('units'), n('official_months')),
  };
}

const STAFF_CATEGORY_VI: Record<string, string> = { CAN_BO: 'Cán bộ', CONG_CHUC: 'Công chức', VIEN_CHUC: 'Viên chức', NGUOI_LAO_DONG: 'Người lao động' };
const LEADER_VI: Record<string, string> = { LEADER: 'Lãnh đạo, quản lý', NOT_LEADER: 'Không giữ chức vụ lãnh đạo' };

function balance(rows: Row[], names: Map<string, { name: string }>): PilotReportData['balance'] {
  const dimensions = [BalanceDimension.STAFF_CATEGORY, BalanceDimension.LEADER, BalanceDimension.AGENCY, BalanceDimension.POSITION];
  return dimensions.flatMap((dimension) => {
    const of = rows.filter((r) => r['dimension'] === dimension);
    const keys = [...new Set(of.map((r) => r['key'] as string))];
    const count = (key: string, cohort: ReportCohort) => Number(of.find((r) => r['key'] === key && r['cohort'] === cohort)?.['n'] ?? 0);
    const home = sharesPercent(keys.map((k) => count(k, ReportCohort.HOME)));
    const office = sharesPercent(keys.map((k) => count(k, ReportCohort.OFFICE)));
    const label = (key: string) =>
      dimension === BalanceDimension.STAFF_CATEGORY ? (STAFF_CATEGORY_VI[key] ?? key) : dimension === BalanceDimension.LEADER ? LEADER_VI[key] : (names.get(key)?.name ?? key);
    return keys
      .map((key, i) => ({
        dimension,
        key,
        label: label(key),
        homeCount: count(key, ReportCohort.HOME),
        homeSharePercent: home[i],
        officeCount: count(key, ReportCohort.OFFICE),
        officeSharePercent: office[i],
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  });
}
