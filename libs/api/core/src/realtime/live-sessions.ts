import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { loadSessionUser } from '../auth/jwt.strategy';
import { Clock } from '../time/clock';
import { AppConfig } from '../config/app-config';
import { isDatabaseUnavailable } from '../database/helpers/pg-errors';

/** What LiveSessions needs of a WebSocket. */
export interface ClosableSocket {
  close(code?: number, reason?: string): void;
}

/** graphql-ws's "Unauthorized": the client does not reconnect with the same credentials. */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/**
 * A subscription socket is authenticated once, at connection_init, but a session can end while
 * it is open (sign-out, password change, deactivation, a new temporary password, a reused refresh
 * token). So every event is re-checked against the session before it is sent, and the sockets of
 * ended sessions are closed: at once when an event finds the session over, and by a sweep every
 * LIVE_SESSION_CHECK_SECONDS otherwise (whichever API instance ended the session).
 */
@Injectable()
export class LiveSessions implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveSessions.name);
  private readonly sockets = new Map<ClosableSocket, AuthUser>();
  private timer: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.LIVE_SESSION_CHECK_SECONDS * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  register(socket: ClosableSocket, user: AuthUser): void {
    this.sockets.set(socket, user);
  }

  forget(socket: ClosableSocket): void {
    this.sockets.delete(socket);
  }

  /**
   * Open, not expired, account active and no temporary password pending. A database that cannot
   * be reached says nothing about the session: that error is thrown, not read as "ended".
   */
  async isOpen(user: AuthUser): Promise<boolean> {
    try {
      const current = await loadSessionUser(this.dataSource, { sub: user.id, sid: user.sessionId, role: user.role }, this.clock.now());
      return !current.mustChangePassword && current.role === user.role;
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      return false;
    }
  }

  /** The events of a subscription, each sent only while the subscriber's session is still open. */
  async *whileOpen<T>(user: AuthUser, events: AsyncIterable<T>): AsyncGenerator<T> {
    for await (const event of events) {
      let open: boolean;
      try {
        open = await this.isOpen(user);
      } catch {
        // The database is unreachable: this event cannot be checked, so it is not sent, but the
        // socket stays open (closing it as "Session ended" would sign the person out).
        continue;
      }
      if (!open) {
        this.close(user.sessionId);
        return;
      }
      yield event;
    }
  }

  /** Closes every socket of this session. */
  close(sessionId: string): void {
    for (const [socket, user] of this.sockets) {
      if (user.sessionId !== sessionId) continue;
      this.sockets.delete(socket);
      socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
    }
  }

  /**
   * Closes every socket of this instance with 1001 Going Away (graceful shutdown): graphql-ws
   * clients reconnect, to another instance or to this one once restarted.
   */
  closeAll(code = 1001, reason = 'Server shutting down'): number {
    const sockets = [...this.sockets.keys()];
    this.sockets.clear();
    for (const socket of sockets) socket.close(code, reason);
    return sockets.length;
  }

  /** One query for every open socket of this instance. */
  async sweep(): Promise<void> {
    if (this.sweeping || !this.sockets.size) return;
    this.sweeping = true;
    try {
      const sessionIds = [...new Set([...this.sockets.values()].map((u) => u.sessionId))];
      const rows: Array<{ id: string; role: string }> = await this.dataSource.query(
        `SELECT s.id, u.role FROM session s JOIN app_user u ON u.id = s.user_id
          WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.active AND NOT u.must_change_password`,
        [sessionIds, this.clock.now()],
      );
      const open = new Map(rows.map((r) => [r.id, r.role]));
      for (const [socket, user] of this.sockets) {
        if (open.get(user.sessionId) === user.role) continue;
        this.sockets.delete(socket);
        socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
      }
    } catch (error) {
      this.logger.warn(`live session sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.sweeping = false;
    }
  }
}
