import { Injectable } from '@nestjs/common';
import { AuthUser } from '../auth/auth-user';
import { ArchiveEntrySink } from './archive-bundle';

/** The pilot report's part of an archive bundle, once its entries are written (pilot-report/report.json, report.pdf). */
export interface PilotReportArchivePart {
  pilot: { id: string; name: string };
  /** The entries written into the bundle, by path. */
  files: string[];
  /** The report's own input (pilot, months, baseline, agency), for the manifest. */
  input: Record<string, unknown>;
}

export type PilotReportArchiveRenderer = (
  user: AuthUser,
  scope: { pilotId: string | null; agencyId: string | null; startsOn: string; endsOn: string },
  createdAt: Date,
  bundle: ArchiveEntrySink,
) => Promise<PilotReportArchivePart | null>;

/**
 * Port (core) through which the evaluation archive asks the reports feature for the pilot report
 * of a period's months, without importing it (ENGINEERING.md): the reports module registers its
 * renderer in onModuleInit (like FileReadGrants), which streams the report's entries into the
 * bundle. null: no pilot covers the period, or no renderer (the bundle then says so in its manifest).
 */
@Injectable()
export class PilotReportArchiveSource {
  private renderer: PilotReportArchiveRenderer | null = null;

  register(renderer: PilotReportArchiveRenderer): void {
    this.renderer = renderer;
  }

  render(...args: Parameters<PilotReportArchiveRenderer>): Promise<PilotReportArchivePart | null> {
    return this.renderer ? this.renderer(...args) : Promise.resolve(null);
  }
}
