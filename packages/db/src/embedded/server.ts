import fs from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  pglite: PGlite;
  stop(): Promise<void>;
}

export interface StartEmbeddedOptions {
  /** Directory to persist into; omit for an in-memory database (tests). */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

/**
 * Runs PGlite (WASM PostgreSQL with the pgvector extension) behind a PostgreSQL wire-protocol
 * socket, so the app reaches it through exactly the same `pg` driver path as a real server.
 */
export async function startEmbeddedPostgres(opts: StartEmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const host = opts.host ?? "127.0.0.1";
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: opts.dataDir,
    extensions: { vector },
  });
  await pglite.exec("CREATE EXTENSION IF NOT EXISTS vector;");
  const port = opts.port === undefined || opts.port === 0 ? await freePort(host) : opts.port;
  // maxConnections > 1: pg pools open several connections; the server multiplexes them onto PGlite.
  const server = new PGLiteSocketServer({ db: pglite, host, port, maxConnections: 32 });
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
