import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@atelier/db/embedded";

export interface PostgresServer {
  url: string;
  stop(): void;
}

function which(bin: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${bin}`], { encoding: "utf8" });
  if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  for (const dir of fs.existsSync("/usr/lib/postgresql") ? fs.readdirSync("/usr/lib/postgresql").sort().reverse() : []) {
    const p = `/usr/lib/postgresql/${dir}/bin/${bin}`;
    if (fs.existsSync(p)) return p;
  }
  return null;
}

/**
 * A throwaway PostgreSQL server for the test run (initdb in a temp dir, trust auth, loopback only).
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
 * Returns null when no PostgreSQL binaries can be found or installed.
 */
export async function startPostgresServer(log: (l: string) => void): Promise<PostgresServer | null> {
  let initdb = which("initdb");
  const isRoot = process.getuid?.() === 0;
  if (!initdb && isRoot) {
    log("installing PostgreSQL from Debian packages");
    spawnSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null"], { stdio: "inherit" });
    initdb = which("initdb");
  }
  const pgCtl = which("pg_ctl");
  if (!initdb || !pgCtl) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-pg-"));
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  const asPg = (cmd: string[]) => {
    const quoted = cmd.map((c) => `'${c.replace(/'/g, `'\\''`)}'`).join(" ");
    return isRoot ? ["su", "postgres", "-s", "/bin/sh", "-c", quoted] : ["sh", "-c", quoted];
  };
  if (isRoot) {
    spawnSync("sh", ["-c", "id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres"]);
    execFileSync("chown", ["-R", "postgres", dir]);
    fs.chmodSync(dir, 0o755);
  }
  const exec = (cmd: string[]) => {
    const [bin, ...args] = asPg(cmd);
    execFileSync(bin!, args, { stdio: ["ignore", "ignore", "inherit"] });
  };
  exec([initdb, "-D", dataDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  exec([
    pgCtl,
    "-D",
    dataDir,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`,
    "start",
  ]);
  log(
    `PostgreSQL ${execFileSync(which("postgres") ?? path.join(path.dirname(pgCtl), "postgres"), ["--version"], { encoding: "utf8" }).trim()} on port ${port}`,
  );
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        exec([pgCtl, "-D", dataDir, "-m", "immediate", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
