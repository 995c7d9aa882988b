import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Structured logs: one JSON object per line in production (LOG_FORMAT=json), readable text otherwise. */
export function createAppLogger(config: Pick<AppConfig, 'LOG_FORMAT' | 'LOG_LEVEL'>): ConsoleLogger {
  const upTo = LEVELS.indexOf(config.LOG_LEVEL);
  return new ConsoleLogger('Ketqua', {
    json: config.LOG_FORMAT === 'json',
    colors: config.LOG_FORMAT !== 'json' && !!process.stdout.isTTY,
    logLevels: LEVELS.slice(0, upTo + 1),
  });
}
