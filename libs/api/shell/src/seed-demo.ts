import { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, CoreOptions } from '@ketqua/api/core';
import { DemoSeeder } from '@ketqua/api/demo';
import { KetquaApiModule } from './ketqua-api.module';

/**
 * Loads what is missing of the demo (the city, then every feature's demo data in order) in an
 * initialised application context of its own, with jobs off: the one path of `npm start` and
 * `npm run seed`. The features register their demo data in onModuleInit, so a seeder called on an
 * app that is not initialised yet would load the city only; and the server, started after this,
 * finds the pilot in place when its catch-up sweep draws today's spot checks. Never in production.
 */
export async function seedDemo(options: CoreOptions, logger: LoggerService | LogLevel[] | false = ['error', 'warn', 'log']): Promise<boolean> {
  const config = Object.assign(new AppConfig(), options.config, { JOBS_ENABLED: false });
  const app = await NestFactory.createApplicationContext(KetquaApiModule.forRoot({ ...options, config }), { logger });
  try {
    return await app.get(DemoSeeder).seedIfEmpty();
  } finally {
    await app.close();
  }
}
