import { Injectable } from '@nestjs/common';
import { AuthUser } from '../auth/auth-user';

/** The pilot report's files for an archive bundle (report.json, report.pdf), as the reports feature renders them. */
export interface PilotReportArchiveFiles {
  pilot: { id: string; name: string };
  files: { path: string; bytes: Buffer }[];
  /** The report's own input (pilot, months, baseline, agency), for the manifest. */
  input: Record<string, unknown>;
}

export type PilotReportArchiveRenderer = (
  user: AuthUser,
  scope: { pilotId: string | null; agencyId: string | null; startsOn: string; endsOn: string },
  createdAt: Date,
) => Promise<PilotReportArchiveFiles | null>;

/**
 * Port (core) through which the evaluation archive asks the reports feature for the pilot report
 * of a period's months, without importing it (ENGINEERING.md): the reports module registers its
 * renderer in onModuleInit (like FileReadGrants). null: no pilot covers the period, or no
 * renderer (the bundle then says so in its manifest).
 */
@Injectable()
export class PilotReportArchiveSource {
  private renderer: PilotReportArchiveRenderer | null = null;

  register(renderer: PilotReportArchiveRenderer): void {
    this.renderer = renderer;
  }

  render(...args: Parameters<PilotReportArchiveRenderer>): Promise<PilotReportArchiveFiles | null> {
    return this.renderer ? this.renderer(...args) : Promise.resolve(null);
  }
}
