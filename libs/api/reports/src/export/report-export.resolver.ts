import { Args, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { abortable, Allow, AuthUser, CurrentUser, Exempt, filterEvents, IdArg, LiveSessions, RealtimeBus } from '@ketqua/api/core';
import { StartReportExportInput } from './dto/start-report-export.input';
import { EXPORT_ROLES } from './export-roles';
import { ReportExport, ReportExportProgress } from './models/report-export.model';
import { exportProgressTopic } from './report-export.jobs';
import { ReportExportService } from './report-export.service';

@Resolver(() => ReportExport)
export class ReportExportResolver {
  constructor(
    private readonly exports: ReportExportService,
    private readonly bus: RealtimeBus,
    private readonly live: LiveSessions,
  ) {}

  @Allow(...EXPORT_ROLES)
  // An inspector reads the report, so may take it away: the export changes no one's data, only adds the caller's own export.
  @Exempt({ readOnlyRoles: true })
  @Mutation(() => ReportExport, {
    description:
      'Xuất báo cáo: queues the export (status QUEUED) of a report you may read, refused exactly as the report is; follow reportExportProgress, then GET downloadUrl. Audited.',
  })
  async startReportExport(@CurrentUser() user: AuthUser, @Args('input') input: StartReportExportInput): Promise<ReportExport> {
    return ReportExport.from(await this.exports.start(user, input));
  }

  @Allow(...EXPORT_ROLES)
  @Query(() => ReportExport, { description: 'One of your exports (an administrator: anyone’s), while you may still read its report; FORBIDDEN otherwise.' })
  async reportExport(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<ReportExport> {
    return ReportExport.from(await this.exports.get(user, id));
  }

  @Allow(...EXPORT_ROLES)
  @Subscription(() => ReportExportProgress, {
    description: 'The export’s progress, live: after each step of the job, and DONE (progress 100, downloadUrl) or FAILED at the end.',
    resolve: (event: ReportExportProgress) => event,
  })
  async reportExportProgress(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<AsyncIterableIterator<ReportExportProgress>> {
    await this.exports.get(user, id);
    return abortable((signal) =>
      this.live.whileOpen(
        user,
        filterEvents(this.bus.subscribe<ReportExportProgress>(exportProgressTopic(id), signal), (e) => e.exportId === id),
      ),
    );
  }
}
