import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser, PilotReportArchiveSource } from '@ketqua/api/core';
import { PassThrough } from 'node:stream';
import { DataSource } from 'typeorm';
import { PilotReportInput } from '../../pilot-report/dto/pilot-report.input';
import { PilotReportService } from '../../pilot-report/pilot-report.service';
import { pilotReportExportSource } from '../pilot-report/pilot-report-export-source';
import { ExportProgress } from '../writers/export-progress';
import { pdfFixedParts, writePdf } from '../writers/pdf-writer';

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
    this.archive.register((user, scope, createdAt) => this.render(user, scope, createdAt));
  }

  private async render(user: AuthUser, scope: { pilotId: string | null; agencyId: string | null; startsOn: string; endsOn: string }, createdAt: Date) {
    const [pilot] = (await this.dataSource.query(
      scope.pilotId
        ? `SELECT id, name, start_date::text AS start_date FROM pilot WHERE id = $1`
        : `SELECT p.id, p.name, p.start_date::text AS start_date FROM pilot p
            WHERE p.start_date <= $2::date AND EXISTS (SELECT 1 FROM pilot_unit pu JOIN unit u ON u.id = pu.unit_id WHERE pu.pilot_id = p.id AND u.agency_id = $1)
            ORDER BY p.start_date DESC LIMIT 1`,
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
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise<void>((resolve, reject) => {
      out.on('end', () => resolve());
      out.on('error', reject);
    });
    await writePdf(source, out, new ExportProgress(source, () => undefined, pdfFixedParts(source)), { creator: 'Ketqua', created: createdAt, generatedBy: user.email ?? 'Ketqua' });
    await ended;
    return {
      pilot: { id: pilot.id, name: pilot.name },
      input: { pilotId: input.pilotId, period: input.period, baseline: input.baseline, agencyId: input.agencyId },
      files: [
        { path: 'pilot-report/report.json', bytes: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8') },
        { path: 'pilot-report/report.pdf', bytes: Buffer.concat(chunks) },
      ],
    };
  }
}
