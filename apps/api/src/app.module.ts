import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule, CoreOptions } from '@ketqua/api/core';
import { DemoModule } from '@ketqua/api/demo';
import { OrgModule } from '@ketqua/api/org';

/** Wiring only: the core and one module per domain concept. */
@Module({})
export class AppModule {
  static forRoot(options: CoreOptions): DynamicModule {
    return { module: AppModule, imports: [CoreModule.forRoot(options), OrgModule, DemoModule] };
  }
}
