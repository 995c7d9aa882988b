import { Injectable, OnModuleInit } from '@nestjs/common';
import { ArchiveEntrySink, AuthUser, PilotReportArchiveSource, writeJsonStream } from '@ketqua/api/core';
import { DataSource } from 'typeorm';
import { PilotReportInput } from '../../pilot-report/dto/pilot-report.input';
import { PilotReportService } from '../../pilot-report/pilot-report.service';
import { pilotReportExportSource } from '../pilot-report/pilot-report-export-source';
import { exportMeta } from '../writers/export-meta';
import { ExportProgress } from '../writers/export-progress';
import { pdfFixedParts, writePdf } from '../writers/pdf-writer';

export const REPORT_JSON = 'pilot-report/report.json';
export const REPORT_PDF = 'pilot-report/report.pdf';

const monthOf = (date: string) => date.slice(0, 7);
const addMonths = (month: string, n: number) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 7);
};
const monthsBetween = (from: string, to: string) => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

/**
 * The pilot report of an archived period (core's PilotReportArchiveSource): the pilot of the period
 * (a pilot's period) or the latest pilot started by then with a unit in the period's agency; the
 * report months = the period's months; the baseline = as many months just before the pilot started
 * (PRODUCT.md 4.7 compares with before the pilot). The same report and PDF writer as the export,
 * read through PilotReportService.report (its scope checks and its report.viewed audit).
 */
@Injectable()
export class PilotReportArchiveRenderer implements OnModuleInit {
  constructor(
    private readonly archive: PilotReportArchiveSource,
    private readonly reports: PilotReportService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.archive.register((user, scope, createdAt, bundle) => this.render(user, scope, createdAt, bundle));
  }

  private async render(user: AuthUser, scope: { pilotId: string | null; agencyId: string | null; startsOn: string; endsOn: string }, createdAt: Date, bundle: ArchiveEntrySink) {
    const [pilot] = (await this.dataSource.query(
      scope.pilotId
        ? `SELECT id, name, start_date::text AS start_date FROM pilot WHERE id = $1`
        : `SELECT p.id, p.name, p.start_date::text AS start_date FROM pilot p
            WHERE p.start_date <= $2::date AND EXISTS (SELECT 1 FROM pilot_unit pu JOIN unit u ON u.id = pu.unit_id WHERE pu.pilot_id = p.id AND u.agency_id = $1)
            ORDER BY p.start_date DESC, p.id LIMIT 1`,
      scope.pilotId ? [scope.pilotId] : [scope.agencyId, scope.endsOn],
    )) as { id: string; name: string; start_date: string }[];
    if (!pilot) return null;
    const from = monthOf(scope.startsOn);
    const to = monthOf(scope.endsOn);
    const length = monthsBetween(from, to);
    const baselineTo = addMonths(monthOf(pilot.start_date), -1);
    const input = Object.assign(new PilotReportInput(), {
      pilotId: pilot.id,
      period: { from, to },
      baseline: { from: addMonths(baselineTo, -(length - 1)), to: baselineTo },
      agencyId: scope.pilotId ? null : scope.agencyId,
      unitId: null,
    });
    const data = await this.reports.report(user, input);
    const source = pilotReportExportSource(data, input);
    // Streamed into the bundle as the export streams to its file: the same writer, meta and progress, so the PDF is the export's.
    await bundle.stream(REPORT_JSON, (out) => writeJsonStream(data, out));
    await bundle.stream(REPORT_PDF, (out) => writePdf(source, out, new ExportProgress(source, () => undefined, pdfFixedParts(source)), exportMeta(user, createdAt)));
    return {
      pilot: { id: pilot.id, name: pilot.name },
      input: { pilotId: input.pilotId, period: input.period, baseline: input.baseline, agencyId: input.agencyId },
      files: [REPORT_JSON, REPORT_PDF],
    };
  }
}
