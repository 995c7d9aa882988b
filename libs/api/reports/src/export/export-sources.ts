import { Injectable } from '@nestjs/common';
import { AuthUser } from '@ketqua/api/core';
import { ExportSource } from './export-source';
import { ReportExportKind } from './report-export.enums';

/**
 * A report that can be exported: it authorises exactly as its own query does (same roles, same
 * scope, same refusals) and opens the source the writers read. `input` is the export's stored
 * input (plain JSON, validated when the export started).
 */
export interface ExportSourceProvider {
  /** Throws the report's own typed error (FORBIDDEN, NOT_FOUND, BAD_USER_INPUT) when `user` may not read it. */
  authorise(user: AuthUser, input: Record<string, unknown>): Promise<void>;
  open(user: AuthUser, input: Record<string, unknown>): Promise<ExportSource>;
}

/** The providers by kind; each report registers its own in onModuleInit. */
@Injectable()
export class ExportSources {
  private readonly providers = new Map<ReportExportKind, ExportSourceProvider>();

  register(kind: ReportExportKind, provider: ExportSourceProvider): void {
    this.providers.set(kind, provider);
  }

  of(kind: ReportExportKind): ExportSourceProvider {
    const provider = this.providers.get(kind);
    if (!provider) throw new Error(`no export source for ${kind}`);
    return provider;
  }
}
