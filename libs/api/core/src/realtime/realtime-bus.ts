import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { EventEmitter, on } from 'node:events';
import { Client } from 'pg';
import { DatabaseInfo } from '../database/database-info';

const CHANNEL = 'ketqua_realtime';

/** On the embedded database every API instance runs in this process (it owns the database): one bus for all. */
const processWide = new EventEmitter();
processWide.setMaxListeners(0);

/**
 * Live fan-out for GraphQL subscriptions (ENGINEERING.md): on a PostgreSQL server through
 * LISTEN/NOTIFY so every API instance hears every event; on the embedded database in process
 * (its connections share one session, so NOTIFY would reach only the sender - STACK.md).
 *
 * Publish after the transaction that made the change has committed, and keep payloads small
 * (ids and short texts: NOTIFY carries at most 8000 bytes).
 */
@Injectable()
export class RealtimeBus implements OnModuleDestroy {
  private readonly logger = new Logger(RealtimeBus.name);
  private readonly local: EventEmitter;
  private listener: Client | null = null;
  private listening: Promise<Client> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly database: DatabaseInfo) {
    this.local = database.embedded ? processWide : new EventEmitter();
    this.local.setMaxListeners(0);
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    if (this.database.embedded) {
      this.local.emit(topic, payload);
      return;
    }
    // The listening connection sends too: no connection opened per event.
    const listener = await this.listen();
    await listener.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ topic, payload })]);
  }

  /** Many events at once: one NOTIFY statement per chunk instead of one per event. */
  async publishMany(events: readonly { topic: string; payload: unknown }[]): Promise<void> {
    if (this.database.embedded) {
      for (const e of events) this.local.emit(e.topic, e.payload);
      return;
    }
    const listener = await this.listen();
    for (let i = 0; i < events.length; i += 500) {
      const chunk = events.slice(i, i + 500).map((e) => JSON.stringify({ topic: e.topic, payload: e.payload }));
      await listener.query('SELECT pg_notify($1, p) FROM unnest($2::text[]) AS p', [CHANNEL, chunk]);
    }
  }

  /** Events of one topic as they come, for a subscription resolver; ends when the client leaves. */
  async *subscribe<T>(topic: string, signal?: AbortSignal): AsyncGenerator<T> {
    if (!this.database.embedded) await this.listen();
    try {
      for await (const [payload] of on(this.local, topic, { signal })) yield payload as T;
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    }
  }

  private listen(): Promise<Client> {
    this.listening ??= (async () => {
      const client = new Client({ connectionString: this.database.sessionUrl, application_name: 'ketqua-realtime' });
      client.on('notification', (message) => {
        if (message.channel !== CHANNEL || !message.payload) return;
        const { topic, payload } = JSON.parse(message.payload) as { topic: string; payload: unknown };
        this.local.emit(topic, payload);
      });
      client.on('error', (error) => this.logger.error(`realtime listener: ${error.message}`));
      // A restarted or failed-over server ends the LISTEN connection: forget it, so the next publish
      // or subscription opens a new one, and listen again at once for the subscribers still open.
      client.on('end', () => this.lost(client));
      try {
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
      } catch (error) {
        this.lost(client);
        await client.end().catch(() => undefined);
        throw error;
      }
      this.listener = client;
      return client;
    })();
    return this.listening;
  }

  private lost(client: Client): void {
    if (this.stopped || (this.listener && this.listener !== client)) return;
    this.listener = null;
    this.listening = null;
    if (this.retry || !this.hasSubscribers()) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.listen().catch((error: Error) => {
        this.logger.warn(`realtime listener: reconnect failed (${error.message}); trying again`);
        this.lost(client);
      });
    }, 1000);
    this.retry.unref();
  }

  private hasSubscribers(): boolean {
    return this.local.eventNames().some((name) => this.local.listenerCount(name) > 0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    // The shared embedded bus keeps the other instances' listeners; a subscription ends with its client.
    if (!this.database.embedded) this.local.removeAllListeners();
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
    this.listening = null;
  }
}

/** Keeps the events a subscriber may see (e.g. only their own notifications). */
export async function* filterEvents<T>(source: AsyncIterable<T>, keep: (event: T) => boolean): AsyncGenerator<T> {
  for await (const event of source) if (keep(event)) yield event;
}
