import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule, CoreOptions } from '@ketqua/api/core';
import { DemoModule } from '@ketqua/api/demo';
import { EvaluationModule } from '@ketqua/api/evaluation';
import { NotificationsModule } from '@ketqua/api/notifications';
import { OrgModule } from '@ketqua/api/org';
import { PilotModule } from '@ketqua/api/pilot';
import { PrivacyModule } from '@ketqua/api/privacy';
import { ReportsModule } from '@ketqua/api/reports';
import { WorkModule } from '@ketqua/api/work';

/**
 * The whole API: the core and one module per domain concept. It lives in a library (not in
 * apps/api) so that tests and tools boot exactly what production boots.
 */
@Module({})
export class KetquaApiModule {
  static forRoot(options: CoreOptions): DynamicModule {
    return {
      module: KetquaApiModule,
      imports: [CoreModule.forRoot(options), OrgModule, NotificationsModule, WorkModule, PilotModule, EvaluationModule, ReportsModule, PrivacyModule, DemoModule],
    };
  }
}
