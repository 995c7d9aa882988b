import { createServer, Server, Socket } from 'node:net';

/** The part of PGlite this server needs (kept narrow so the file reads on its own). */
export interface PgliteLike {
  execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<void>;
  runExclusive<T>(fn: () => Promise<T>): Promise<T>;
  isInTransaction(): boolean;
  exec(sql: string): Promise<unknown>;
}

interface Unit {
  connection: Connection;
  bytes: Buffer;
}

/** Work of the process itself (a backup's copy of the data directory) that runs between two transactions. */
interface Task {
  run: () => Promise<void>;
}

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
/** Messages after which the backend answers and the client waits: the end of one exchange. */
const EXCHANGE_END = new Set(['S'.charCodeAt(0), 'Q'.charCodeAt(0), 'H'.charCodeAt(0)]);
const TERMINATE = 'X'.charCodeAt(0);

/**
 * A PostgreSQL wire-protocol server in front of one PGlite instance, for many client connections.
 *
 * Why not pglite-socket's server: PGlite has a single session, and that server runs each protocol
 * message of each connection as it arrives. With the extended protocol (Parse/Bind/Execute/Sync,
 * what `pg` uses for every parameterised query) two connections' messages interleave and clobber
 * each other's unnamed statement ("unnamed prepared statement does not exist"), or hang. Here a
 * connection's messages up to its Sync (or a simple Query) run as one indivisible exchange, and
 * while a connection has a transaction open only its exchanges run, so transactions of different
 * connections are serialised rather than mixed.
 */
export class ProtocolSocketServer {
  private server: Server | null = null;
  private readonly queue: Array<Unit | Task> = [];
  private readonly connections = new Set<Connection>();
  /** The connection whose transaction is open; only it may run until the transaction ends. */
  private owner: Connection | null = null;
  private running = false;

  constructor(
    private readonly db: PgliteLike,
    private readonly maxConnections: number,
  ) {}

  listen(port: number, host = '127.0.0.1'): Promise<number> {
    return new Promise((resolve, reject) => {
      const server = createServer((socket) => this.accept(socket));
      server.maxConnections = this.maxConnections;
      server.once('error', reject);
      server.listen(port, host, () => {
        this.server = server;
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  }

  /**
   * Runs `task` with the database to itself, at a transaction boundary: after every exchange queued
   * before it and once no connection has a transaction open, and before any exchange queued after
   * it (those wait, their clients see a slower answer, nothing fails). What the task sees is every
   * commit acknowledged before it started and nothing of a transaction still open.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run: () => task().then(resolve, reject) });
      void this.drain();
    });
  }

  async close(): Promise<void> {
    for (const c of this.connections) c.socket.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    socket.setNoDelay(true);
    const connection = new Connection(socket, (bytes) => this.enqueue({ connection, bytes }));
    this.connections.add(connection);
    socket.on('close', () => void this.disconnected(connection));
    socket.on('error', () => socket.destroy());
  }

  private enqueue(unit: Unit): void {
    this.queue.push(unit);
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const index = this.owner ? this.queue.findIndex((u) => 'connection' in u && u.connection === this.owner) : 0;
        if (index < 0 || !this.queue.length) break; // the transaction's owner has not sent its next exchange yet
        const [next] = this.queue.splice(index, 1);
        if ('run' in next) {
          await next.run(); // settles the caller's promise either way; never throws here
          continue;
        }
        const unit = next;
        if (unit.connection.closed) continue;
        await this.db
          .runExclusive(() =>
            this.db.execProtocolRawStream(new Uint8Array(unit.bytes), {
              onRawData: (data) => {
                if (!unit.connection.closed && data.length) unit.connection.socket.write(Buffer.from(data));
              },
            }),
          )
          .catch(() => unit.connection.socket.destroy());
        this.owner = this.db.isInTransaction() ? unit.connection : null;
      }
    } finally {
      this.running = false;
    }
  }

  /** A client that disconnects inside a transaction must not hold the database: roll it back. */
  private async disconnected(connection: Connection): Promise<void> {
    connection.closed = true;
    this.connections.delete(connection);
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const queued = this.queue[i];
      if ('connection' in queued && queued.connection === connection) this.queue.splice(i, 1);
    }
    if (this.owner === connection) {
      // exec takes PGlite's own lock; wrapping it in runExclusive would deadlock.
      await this.db.exec('ROLLBACK').catch(() => undefined);
      this.owner = null;
      void this.drain();
    }
  }
}

/** Splits one client's byte stream into exchanges (startup, then groups ending at Sync/Query/Flush). */
class Connection {
  closed = false;
  private buffer: Buffer = Buffer.alloc(0);
  private pending: Buffer[] = [];
  private started = false;

  constructor(
    readonly socket: Socket,
    private readonly onExchange: (bytes: Buffer) => void,
  ) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        const code = this.buffer.readInt32BE(4);
        if (this.buffer.length < length) return;
        const message = this.buffer.subarray(0, length);
        this.buffer = this.buffer.subarray(length);
        if (code === SSL_REQUEST) {
          this.socket.write('N'); // no TLS on the loopback socket
        } else if (code === CANCEL_REQUEST) {
          this.socket.end();
          return;
        } else if (code === PROTOCOL_3) {
          this.started = true;
          this.onExchange(Buffer.from(message));
        } else {
          this.socket.destroy();
          return;
        }
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = 1 + this.buffer.readInt32BE(1);
      if (this.buffer.length < length) return;
      const type = this.buffer[0];
      const message = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      if (type === TERMINATE) {
        this.socket.end();
        return;
      }
      this.pending.push(Buffer.from(message));
      if (EXCHANGE_END.has(type)) {
        const exchange = Buffer.concat(this.pending);
        this.pending = [];
        this.onExchange(exchange);
      }
    }
  }
}
