import fs from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { vector } from "@electric-sql/pglite-pgvector";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  pglite: PGlite;
  stop(): Promise<void>;
}

interface StartEmbeddedOptions {
  /** Directory to persist into; omit for an in-memory database (tests). */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** start from this data directory (a `dumpDataDir()` tarball) instead of an empty cluster: skips initdb */
  loadDataDir?: Blob;
}

/**
 * Runs PGlite (WASM PostgreSQL with the pgvector and pg_trgm extensions) behind a PostgreSQL wire-protocol
 * socket, so the app reaches it through exactly the same `pg` driver path as a real server.
 */
export async function startEmbeddedPostgres(opts: StartEmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const host = opts.host ?? "127.0.0.1";
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: opts.dataDir,
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    extensions: { vector, pg_trgm },
  });
  await pglite.exec("CREATE EXTENSION IF NOT EXISTS vector;");
  const port = opts.port === undefined || opts.port === 0 ? await freePort(host) : opts.port;
  // maxConnections > 1: pg pools open several connections; the server multiplexes them onto PGlite.
  const server = new PGLiteSocketServer({ db: keepSequencesTogether(pglite), host, port, maxConnections: 32 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    port,
    pglite,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}

export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, host, () => {
      const address = srv.address();
      srv.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export function isPortOpen(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * The socket server serialises connections per message chunk and keeps one connection exclusive
 * only while it is inside a transaction. An extended-protocol query (Parse, Bind, Execute … Sync)
 * can arrive in several chunks, and another connection's chunk slipping in between replaces the
 * unnamed statement ("bind message supplies 4 parameters, but prepared statement requires 3").
 * This view of PGlite also reports "in transaction" while the last connection's sequence has not
 * reached Sync, so the server waits for that connection's next chunk first.
 */
function keepSequencesTogether(pglite: PGlite): PGlite {
  let open = false;
  return new Proxy(pglite, {
    get(target, prop) {
      if (prop === "isInTransaction") return () => target.isInTransaction() || open;
      if (prop === "execProtocolRawStream") {
        return (message: Uint8Array, opts: Parameters<PGlite["execProtocolRawStream"]>[1]) => {
          open = !endsSequence(message);
          return target.execProtocolRawStream(message, opts);
        };
      }
      if (prop === "exec") {
        // the server rolls back a departed connection's transaction through exec: its sequence is over too
        return (...args: Parameters<PGlite["exec"]>) => {
          open = false;
          return target.exec(...args);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** True unless the chunk's last complete frontend message leaves an extended-protocol sequence open. */
function endsSequence(message: Uint8Array): boolean {
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  let i = 0;
  let last = 0;
  while (i + 5 <= message.length) {
    const type = message[i]!;
    const len = view.getUint32(i + 1);
    if (len < 4 || i + 1 + len > message.length) return true; // startup/SSL packets or a partial read: not a sequence
    last = type;
    i += 1 + len;
  }
  // Parse P, Bind B, Describe D, Execute E, Close C, Flush H keep it open; Sync S, Query Q, Terminate X end it
  return !(last === 0x50 || last === 0x42 || last === 0x44 || last === 0x45 || last === 0x43 || last === 0x48);
}
