import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@ketqua/api/core';
import { ChartSpec, pilotReportCharts } from '@ketqua/charts';
import { GRADE_NAMES } from '@ketqua/domain';
import { DataSource } from 'typeorm';
import { PilotReportInput } from '../../pilot-report/dto/pilot-report.input';
import { PilotReportBreakdownRowModel, PilotReportMetricsModel, ReportCohort, ReportPhase } from '../../pilot-report/models/pilot-report.model';
import { PilotReportData, PilotReportService } from '../../pilot-report/pilot-report.service';
import { ExportColumn, ExportRow, ExportSource, ExportTable } from '../export-source';
import { ExportSources } from '../export-sources';
import { ReportExportKind } from '../report-export.enums';

/** Vietnamese labels of the report's dimensions, as the report page shows them. */
export const COHORT_VI: Record<ReportCohort, string> = { HOME: 'Tại nhà', OFFICE: 'Tại cơ quan' };
export const PHASE_VI: Record<ReportPhase, string> = { BASELINE: 'Kỳ so sánh', PILOT: 'Kỳ thí điểm' };
const BALANCE_VI: Record<string, string> = { STAFF_CATEGORY: 'Ngạch/loại cán bộ', LEADER: 'Lãnh đạo', AGENCY: 'Cơ quan', POSITION: 'Vị trí việc làm' };
const MOVED_VI: Record<string, string> = {
  ENROLLMENT_STARTED_IN_PERIOD: 'Bắt đầu làm tại nhà trong kỳ',
  ENROLLMENT_ENDED_IN_PERIOD: 'Thôi làm tại nhà trong kỳ',
  CHANGED_UNIT: 'Chuyển đơn vị',
  CHANGED_POSITION: 'Đổi vị trí việc làm',
};

const month = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
const range = (r: { from: string; to: string }) => `${month(r.from)}–${month(r.to)}`;
const fileMonth = (m: string) => m.replace('-', '');

/** The metrics of one cell as columns: the same fields, in the same order, as the report's cells. */
export const METRIC_COLUMNS: readonly ExportColumn[] = [
  { key: 'cohort', header: 'Nhóm', type: 'text', width: 12 },
  { key: 'phase', header: 'Kỳ', type: 'text', width: 12 },
  { key: 'headcount', header: 'Số công chức', type: 'integer' },
  { key: 'assignments', header: 'Số nhiệm vụ', type: 'integer' },
  { key: 'completed', header: 'Đã hoàn thành', type: 'integer' },
  { key: 'completionRatePercent', header: 'Tỷ lệ hoàn thành', type: 'percent' },
  { key: 'onTime', header: 'Đúng hạn', type: 'integer' },
  { key: 'onTimeRatePercent', header: 'Tỷ lệ đúng hạn', type: 'percent' },
  { key: 'evaluations', header: 'Số phiếu đánh giá', type: 'integer' },
  { key: 'meanQualityPercent', header: 'Chất lượng bình quân', type: 'percent' },
  { key: 'meanScore', header: 'Điểm bình quân', type: 'score' },
  { key: 'spotChecks', header: 'Số lần kiểm tra đột xuất', type: 'integer' },
  { key: 'spotCheckCompliancePercent', header: 'Tỷ lệ tuân thủ kiểm tra', type: 'percent' },
  { key: 'assignedUnits', header: 'Đơn vị quy đổi được giao', type: 'number' },
  { key: 'workloadPerOfficial', header: 'Khối lượng/người/tháng', type: 'number' },
];

function metricRow(m: PilotReportMetricsModel): Record<string, string | number | null> {
  return {
    cohort: COHORT_VI[m.cohort],
    phase: PHASE_VI[m.phase],
    headcount: m.headcount,
    assignments: m.assignments,
    completed: m.completed,
    completionRatePercent: m.completionRatePercent,
    onTime: m.onTime,
    onTimeRatePercent: m.onTimeRatePercent,
    evaluations: m.evaluations,
    meanQualityPercent: m.meanQualityPercent,
    meanScore: m.meanScore,
    spotChecks: m.spotChecks,
    spotCheckCompliancePercent: m.spotCheckCompliancePercent,
    assignedUnits: m.assignedUnits,
    workloadPerOfficial: m.workloadPerOfficial,
  };
}

/** A table over an array the report already holds: its length is the promised row count. */
function table(key: string, title: string, columns: readonly ExportColumn[], rows: readonly ExportRow[], description?: string): ExportTable {
  return {
    key,
    title,
    description,
    columns,
    expectedRows: rows.length,
    async *rows() {
      yield* rows;
    },
  };
}

/** A breakdown (agency, unit, position): one row per entity × cohort × phase, in the report's order. */
function breakdown(
  key: string,
  title: string,
  lead: readonly ExportColumn[],
  rows: readonly PilotReportBreakdownRowModel[],
  leadOf: (r: PilotReportBreakdownRowModel) => ExportRow,
): ExportTable {
  const flat = rows.flatMap((r) => r.cells.map((c) => ({ ...leadOf(r), ...metricRow(c) })));
  return table(key, title, [...lead, ...METRIC_COLUMNS], flat, 'Mỗi dòng: một nhóm (tại nhà, tại cơ quan) trong một kỳ.');
}

const cell = (report: PilotReportData, cohort: ReportCohort, phase: ReportPhase) => report.summary.find((s) => s.cohort === cohort && s.phase === phase);

/** The pilot report as the exports write it: every number is the report's (PilotReportService), nothing recomputed here. */
export function pilotReportExportSource(report: PilotReportData, input: PilotReportInput): ExportSource {
  const { HOME, OFFICE } = ReportCohort;
  const { BASELINE, PILOT } = ReportPhase;
  const homePilot = cell(report, HOME, PILOT);
  const officePilot = cell(report, OFFICE, PILOT);
  const did = report.did;

  // The charts are the dashboard page's own ChartSpecs (libs/charts), so the PDF and the browser draw one description.
  const charts: ChartSpec[] = pilotReportCharts(report, 'vi');

  const missing = report.dataQuality.missingEvaluations;
  const moved = report.dataQuality.movedCohort;
  const listed = (count: number, shown: number, limit: number) =>
    count > shown ? `Tổng số ${count}; liệt kê ${shown} trường hợp đầu (giới hạn ${limit}), đầy đủ trên trang báo cáo.` : `Tổng số ${count}.`;

  const tables: ExportTable[] = [
    table('cohorts', 'Theo nhóm và kỳ', METRIC_COLUMNS, report.summary.map(metricRow), 'Bốn ô của phép so sánh: nhóm tại nhà, tại cơ quan × kỳ so sánh, kỳ thí điểm.'),
    breakdown('by-agency', 'Theo cơ quan', [{ key: 'agency', header: 'Cơ quan', type: 'text', width: 30 }], report.byAgency, (r) => ({ agency: r.name })),
    breakdown(
      'by-unit',
      'Theo đơn vị',
      [
        { key: 'agency', header: 'Cơ quan', type: 'text', width: 24 },
        { key: 'unit', header: 'Đơn vị', type: 'text', width: 30 },
      ],
      report.byUnit,
      (r) => ({ agency: r.agencyName, unit: r.name }),
    ),
    breakdown('by-position', 'Theo vị trí việc làm', [{ key: 'position', header: 'Vị trí việc làm', type: 'text', width: 30 }], report.byPosition, (r) => ({ position: r.name })),
    table(
      'grades',
      'Phân bố xếp loại',
      [
        { key: 'cohort', header: 'Nhóm', type: 'text', width: 12 },
        { key: 'phase', header: 'Kỳ', type: 'text', width: 12 },
        { key: 'grade', header: 'Xếp loại', type: 'text', width: 30 },
        { key: 'count', header: 'Số phiếu', type: 'integer' },
        { key: 'percent', header: 'Tỷ lệ', type: 'percent' },
      ],
      report.gradeDistribution.map((g) => ({
        cohort: COHORT_VI[g.cohort],
        phase: PHASE_VI[g.phase],
        grade: GRADE_NAMES[g.grade as keyof typeof GRADE_NAMES]?.vi ?? g.grade,
        count: g.count,
        percent: g.percent,
      })),
    ),
    table(
      'pre-trend',
      'Xu hướng trước thí điểm',
      [
        { key: 'month', header: 'Tháng', type: 'text', width: 10 },
        { key: 'homeMean', header: 'Điểm bình quân – tại nhà', type: 'score' },
        { key: 'homeCount', header: 'Số phiếu – tại nhà', type: 'integer' },
        { key: 'officeMean', header: 'Điểm bình quân – tại cơ quan', type: 'score' },
        { key: 'officeCount', header: 'Số phiếu – tại cơ quan', type: 'integer' },
      ],
      report.preTrend.map((p) => ({ month: month(p.month), homeMean: p.homeMean, homeCount: p.homeCount, officeMean: p.officeMean, officeCount: p.officeCount })),
    ),
    table(
      'balance',
      'Cân bằng hai nhóm',
      [
        { key: 'dimension', header: 'Tiêu chí', type: 'text', width: 18 },
        { key: 'label', header: 'Nhóm con', type: 'text', width: 30 },
        { key: 'homeCount', header: 'Tại nhà', type: 'integer' },
        { key: 'homeSharePercent', header: 'Tỷ trọng tại nhà', type: 'percent' },
        { key: 'officeCount', header: 'Tại cơ quan', type: 'integer' },
        { key: 'officeSharePercent', header: 'Tỷ trọng tại cơ quan', type: 'percent' },
      ],
      report.balance.map((b) => ({
        dimension: BALANCE_VI[b.dimension] ?? b.dimension,
        label: b.label,
        homeCount: b.homeCount,
        homeSharePercent: b.homeSharePercent,
        officeCount: b.officeCount,
        officeSharePercent: b.officeSharePercent,
      })),
      'Thành phần của hai nhóm trong kỳ thí điểm: so sánh có công bằng không.',
    ),
    table(
      'missing-evaluations',
      'Thiếu phiếu đánh giá',
      [
        { key: 'official', header: 'Công chức', type: 'text', width: 24 },
        { key: 'unit', header: 'Đơn vị', type: 'text', width: 28 },
        { key: 'cohort', header: 'Nhóm', type: 'text', width: 12 },
        { key: 'phase', header: 'Kỳ', type: 'text', width: 12 },
        { key: 'month', header: 'Tháng', type: 'text', width: 10 },
      ],
      missing.items.map((m) => ({ official: m.officialName, unit: m.unitName, cohort: COHORT_VI[m.cohort], phase: PHASE_VI[m.phase], month: month(m.month) })),
      listed(missing.count, missing.items.length, missing.listLimit),
    ),
    table(
      'moved-cohort',
      'Chuyển nhóm trong kỳ',
      [
        { key: 'official', header: 'Công chức', type: 'text', width: 24 },
        { key: 'unit', header: 'Đơn vị', type: 'text', width: 28 },
        { key: 'cohort', header: 'Nhóm', type: 'text', width: 12 },
        { key: 'reasons', header: 'Lý do', type: 'text', width: 40 },
      ],
      moved.items.map((m) => ({ official: m.officialName, unit: m.unitName, cohort: COHORT_VI[m.cohort], reasons: m.reasons.map((r) => MOVED_VI[r] ?? r).join('; ') })),
      listed(moved.count, moved.items.length, moved.listLimit),
    ),
  ];

  const pct = (v: number | null | undefined) => v ?? null;
  return {
    title: 'Báo cáo đánh giá thí điểm làm việc tại nhà',
    subtitle: `${report.pilot.name} · ${PHASE_VI[PILOT]} ${range(report.period)} so với ${PHASE_VI[BASELINE].toLocaleLowerCase('vi')} ${range(report.baseline)}`,
    fileStem: `bao-cao-thi-diem-${fileMonth(report.period.from)}-${fileMonth(report.period.to)}`,
    headline: [
      { label: 'Số công chức nhóm tại nhà (kỳ thí điểm)', value: homePilot?.headcount ?? 0, type: 'integer' },
      { label: 'Số công chức nhóm tại cơ quan (kỳ thí điểm)', value: officePilot?.headcount ?? 0, type: 'integer' },
      { label: 'Tỷ lệ hoàn thành – tại nhà (kỳ thí điểm)', value: pct(homePilot?.completionRatePercent), type: 'percent' },
      { label: 'Tỷ lệ hoàn thành – tại cơ quan (kỳ thí điểm)', value: pct(officePilot?.completionRatePercent), type: 'percent' },
      { label: 'Tỷ lệ đúng hạn – tại nhà (kỳ thí điểm)', value: pct(homePilot?.onTimeRatePercent), type: 'percent' },
      { label: 'Tỷ lệ đúng hạn – tại cơ quan (kỳ thí điểm)', value: pct(officePilot?.onTimeRatePercent), type: 'percent' },
      { label: 'Điểm bình quân – tại nhà, kỳ so sánh', value: did.homeBaseline, type: 'score' },
      { label: 'Điểm bình quân – tại nhà, kỳ thí điểm', value: did.homePilot, type: 'score' },
      { label: 'Điểm bình quân – tại cơ quan, kỳ so sánh', value: did.officeBaseline, type: 'score' },
      { label: 'Điểm bình quân – tại cơ quan, kỳ thí điểm', value: did.officePilot, type: 'score' },
      { label: 'Tỷ lệ tuân thủ kiểm tra đột xuất – tại nhà', value: pct(homePilot?.spotCheckCompliancePercent), type: 'percent' },
    ],
    did: {
      label: 'Chênh lệch kép (DiD) của điểm bình quân',
      estimate: did.estimate,
      low: did.lower,
      high: did.upper,
      confidence: did.confidenceLevel,
      note:
        did.estimate === null
          ? `Chưa ước lượng được: ${did.unavailableReason ?? '—'}`
          : `Bootstrap theo cụm đơn vị: ${did.resamples} lần lấy mẫu lặp trên ${did.clusters} đơn vị, ${did.observations} quan sát; hạt giống "${did.seed}".`,
    },
    charts,
    tables,
    methodNote: report.methodNote.vi
      .split(/(?<=\.)\s+(?=[A-ZĐÂĂÊÔƠƯ])/u)
      .map((p) => p.trim())
      .filter(Boolean),
    description: {
      pilot: { id: report.pilot.id, name: report.pilot.name },
      periods: [
        { role: 'PILOT', name: `${PHASE_VI[PILOT]} ${range(report.period)}`, startsOn: report.period.startsOn, endsOn: report.period.endsOn },
        { role: 'BASELINE', name: `${PHASE_VI[BASELINE]} ${range(report.baseline)}`, startsOn: report.baseline.startsOn, endsOn: report.baseline.endsOn },
      ],
      filters: {
        period: `${input.period.from}..${input.period.to}`,
        baseline: `${input.baseline.from}..${input.baseline.to}`,
        agencyId: input.agencyId ?? null,
        unitId: input.unitId ?? null,
      },
      ruleSetVersions: [...report.ruleSetVersions],
      dataCutOff: report.dataCutOff ? new Date(report.dataCutOff).toISOString() : null,
    },
  };
}

/** The stored export input back as the report's input (it was validated as PilotReportInput at the start). */
const asInput = (input: Record<string, unknown>) => input as unknown as PilotReportInput;

/**
 * Registers the pilot report with the exports. Authorisation is the report's own
 * (PilotReportService.authorise: same pilot, ranges and scope checks as the query); the export
 * reads the report through `report`, which audits the read as report.viewed like the page does.
 */
@Injectable()
export class PilotReportExportSource implements OnModuleInit {
  constructor(
    private readonly sources: ExportSources,
    private readonly reports: PilotReportService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sources.register(ReportExportKind.PILOT_REPORT, {
      authorise: async (user: AuthUser, input) => {
        await this.reports.authorise(user, asInput(input));
      },
      open: async (user: AuthUser, input) => pilotReportExportSource(await this.reports.report(user, asInput(input)), asInput(input)),
    });
  }
}
