import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportExportEntity } from '../report-export.entity';
import { FORMAT_FILE, ReportExportFormat, ReportExportKind, ReportExportStatus } from '../report-export.enums';
import { ReportExportManifestData } from '../report-export-manifest';

@ObjectType({ description: 'Rows written to one table of the export (a sheet, a CSV file, a PDF table).' })
export class ReportExportRowCount {
  @Field({ description: 'Stable key: the CSV file name, e.g. by-agency.' }) key!: string;
  @Field({ description: 'Vietnamese title (the sheet name).' }) title!: string;
  @Field(() => Int) rows!: number;
}

@ObjectType()
export class ReportExportPilot {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType()
export class ReportExportPeriod {
  @Field({ description: 'PILOT or BASELINE.' }) role!: string;
  @Field({ description: 'e.g. "Kỳ thí điểm 01/2026–03/2026".' }) name!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
}

@ObjectType()
export class ReportExportFilter {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
}

@ObjectType()
export class ReportExportPerson {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() fullName!: string;
}

@ObjectType({ description: 'Bản kê của tệp xuất: what the file holds, so the archive and the city can check it (SHA-256, row counts).' })
export class ReportExportManifest {
  @Field(() => ID) exportId!: string;
  @Field(() => ReportExportKind) kind!: ReportExportKind;
  @Field(() => ReportExportFormat) format!: ReportExportFormat;
  @Field() title!: string;
  @Field() fileName!: string;
  @Field() mediaType!: string;
  @Field(() => Float) byteSize!: number;
  @Field({ description: 'SHA-256 of the file, hex.' }) sha256!: string;
  @Field(() => ReportExportPilot, { nullable: true }) pilot!: ReportExportPilot | null;
  @Field(() => [ReportExportPeriod]) periods!: ReportExportPeriod[];
  @Field(() => [ReportExportFilter]) filters!: ReportExportFilter[];
  @Field(() => [String]) ruleSetVersions!: string[];
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Chốt số liệu: the data as they stood at this instant.' }) dataCutOff!: Date | null;
  @Field(() => [ReportExportRowCount]) rowCounts!: ReportExportRowCount[];
  @Field(() => GraphQLISODateTime) generatedAt!: Date;
  @Field(() => ReportExportPerson) generatedBy!: ReportExportPerson;
  @Field(() => Int) manifestVersion!: number;
  @Field({ description: 'The manifest as the JSON document served at manifestUrl, byte for byte.' }) json!: string;

  static from(m: ReportExportManifestData): ReportExportManifest {
    return Object.assign(new ReportExportManifest(), {
      ...m,
      kind: m.kind as ReportExportKind,
      format: m.format as ReportExportFormat,
      periods: m.periods.map((p) => ({ ...p })),
      filters: Object.entries(m.filters).map(([name, value]) => ({ name, value })),
      ruleSetVersions: [...m.ruleSetVersions],
      dataCutOff: m.dataCutOff ? new Date(m.dataCutOff) : null,
      rowCounts: m.rowCounts.map((r) => ({ ...r })),
      generatedAt: new Date(m.generatedAt),
      json: manifestJson(m),
    });
  }
}

/** The manifest document: stable key order (as stored), two-space indentation, a final newline. */
export const manifestJson = (m: ReportExportManifestData): string => `${JSON.stringify(m, null, 2)}\n`;

@ObjectType({ description: 'Bản xuất báo cáo: a background export of a report to XLSX, CSV (ZIP) or PDF.' })
export class ReportExport {
  @Field(() => ID) id!: string;
  @Field(() => ReportExportKind) kind!: ReportExportKind;
  @Field(() => ReportExportFormat) format!: ReportExportFormat;
  @Field(() => ReportExportStatus) status!: ReportExportStatus;
  @Field(() => Int, { description: '0–100.' }) progress!: number;
  @Field(() => [ReportExportRowCount], { description: 'Rows written so far per table; final once DONE.' }) rowCounts!: ReportExportRowCount[];
  @Field(() => Float, { nullable: true }) byteSize!: number | null;
  @Field(() => String, { nullable: true }) sha256!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field() mediaType!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Once DONE: GET it with the same bearer token (Content-Disposition attachment). A path on the API, e.g. /report-exports/<id>/file.',
  })
  downloadUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Once DONE (and still once EXPIRED): the manifest as a JSON file, same token.' }) manifestUrl!: string | null;
  @Field(() => ReportExportManifest, { nullable: true }) manifest!: ReportExportManifest | null;
  @Field(() => String, { nullable: true, description: 'Why it FAILED.' }) error!: string | null;
  @Field(() => ID) requestedById!: string;
  @Field(() => GraphQLISODateTime) requestedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) startedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the file was deleted (EXPORT_RETENTION_DAYS); the manifest stays.' }) expiredAt!: Date | null;

  static from(e: ReportExportEntity): ReportExport {
    const done = e.status === ReportExportStatus.DONE;
    return Object.assign(new ReportExport(), {
      id: e.id,
      kind: e.kind,
      format: e.format,
      status: e.status,
      progress: e.progress,
      rowCounts: (e.manifest?.rowCounts ?? e.rowCounts).map((r) => ({ ...r })),
      byteSize: e.byteSize,
      sha256: e.sha256,
      fileName: e.fileName,
      mediaType: FORMAT_FILE[e.format].mediaType,
      downloadUrl: done ? `/report-exports/${e.id}/file` : null,
      manifestUrl: e.manifest ? `/report-exports/${e.id}/manifest.json` : null,
      manifest: e.manifest ? ReportExportManifest.from(e.manifest) : null,
      error: e.error,
      requestedById: e.requestedById,
      requestedAt: e.requestedAt,
      startedAt: e.startedAt,
      finishedAt: e.finishedAt,
      expiredAt: e.expiredAt,
    });
  }
}

@ObjectType({ description: 'Live progress of an export, after each step of the job.' })
export class ReportExportProgress {
  @Field(() => ID) exportId!: string;
  @Field(() => ReportExportStatus) status!: ReportExportStatus;
  @Field(() => Int) progress!: number;
  @Field(() => [ReportExportRowCount]) rowCounts!: ReportExportRowCount[];
  @Field(() => String, { nullable: true }) downloadUrl!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;

  static from(e: ReportExportEntity): ReportExportProgress {
    const m = ReportExport.from(e);
    return Object.assign(new ReportExportProgress(), {
      exportId: e.id,
      status: e.status,
      progress: e.progress,
      rowCounts: m.rowCounts,
      downloadUrl: m.downloadUrl,
      error: e.error,
    });
  }
}
