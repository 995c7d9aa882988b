import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';

/** One log line per HTTP request: method, path, GraphQL operation, status, duration. */
@Injectable()
export class RequestLoggerMiddleware implements NestMiddleware {
  private readonly logger = new Logger('HTTP');

  use(req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const body = req.body as { operationName?: string } | undefined;
      const op = body?.operationName ? ` ${body.operationName}` : '';
      this.logger.log(`${req.method} ${req.originalUrl.split('?')[0]}${op} ${res.statusCode} ${ms.toFixed(1)}ms`);
    });
    next();
  }
}
