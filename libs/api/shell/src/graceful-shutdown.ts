import { INestApplication, Logger } from '@nestjs/common';
import { JobQueue, LiveSessions } from '@ketqua/api/core';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface GracefulShutdown {
  /**
   * Stops taking requests, lets the ones in flight finish, closes WebSockets, then closes the app
   * (jobs finish or are handed back, pools end); resolves within `budgetMs` in any case.
   */
  shutdown(signal: string): Promise<'clean' | 'timed out'>;
}

/**
 * SIGTERM (a deploy, a scale-down, `docker stop`) must not cut requests or jobs: Nest's own
 * app.close() runs the modules' destroy hooks (database pools) before it closes the HTTP server, so
 * a request still running would lose its database. Here the HTTP server goes first: it stops
 * listening, answers what it is doing with `Connection: close`, closes idle keep-alive sockets and
 * WebSockets (1001 Going Away, clients reconnect), and only then the app closes. Install before
 * listen (configureHttp's caller).
 */
export function installGracefulShutdown(app: INestApplication, budgetMs = 9_000): GracefulShutdown {
  const logger = new Logger('Shutdown');
  const server = app.getHttpServer() as Server;
  const upgraded = new Set<Socket>();
  let stopping = false;
  server.on('upgrade', (_req, socket: Socket) => {
    upgraded.add(socket);
    socket.once('close', () => upgraded.delete(socket));
  });
  app.use((_req: unknown, res: { setHeader(name: string, value: string): void }, next: () => void) => {
    if (stopping) res.setHeader('connection', 'close');
    next();
  });

  return {
    async shutdown(signal) {
      stopping = true;
      const started = performance.now();
      const left = () => budgetMs - (performance.now() - started);
      logger.log(`${signal}: no new connections; finishing requests in flight`);
      const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Jobs stop taking work now and may finish theirs meanwhile (JOBS_STOP_TIMEOUT_MS).
      const jobsStopped = app.get(JobQueue, { strict: false }).onApplicationShutdown();
      const sockets = app.get(LiveSessions, { strict: false }).closeAll();
      // Sockets upgraded but not (yet) signed in: no live session to close them with.
      for (const socket of upgraded) socket.end();
      // Keep-alive connections become idle as their last response ends: close them as they do.
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      let outcome: 'clean' | 'timed out' = 'clean';
      // Requests in flight get most of the budget; the rest is for closing jobs and pools.
      await Promise.race([httpClosed, sleep(budgetMs - 2_000).then(() => (outcome = 'timed out'))]);
      clearInterval(idle);
      server.closeAllConnections();
      for (const socket of upgraded) socket.destroy();
      logger.log(`HTTP closed after ${Math.round(performance.now() - started)} ms (${sockets} WebSocket(s) closed); stopping jobs and pools`);
      const closed = jobsStopped.then(() => app.close());
      await Promise.race([closed, sleep(Math.max(500, left())).then(() => (outcome = 'timed out'))]);
      logger.log(`stopped in ${Math.round(performance.now() - started)} ms (${outcome})`);
      return outcome;
    },
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());
