import { Global, Module } from '@nestjs/common';
import { AppConfig, loadAppConfig } from './app-config';

/** Provides the validated AppConfig; tests pass their own through `forRoot`. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig = loadAppConfig()) {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}
