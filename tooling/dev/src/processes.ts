import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

const children = new Set<ChildProcess>();

/** Starts a long-running child that is stopped when this process exits. */
export function startChild(name: string, command: string, args: string[], opts: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: "inherit", ...opts });
  children.add(child);
  child.on("exit", (code, signal) => {
    children.delete(child);
    if (!stopping && code !== 0) {
      console.error(`[dev] ${name} exited (${signal ?? code}); stopping`);
      void stopAll(code ?? 1);
    }
  });
  return child;
}

/** Runs a command to completion; rejects on a non-zero exit. */
export function run(command: string, args: string[], opts: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...opts });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? code})`))));
  });
}

let stopping = false;
export async function stopAll(code = 0): Promise<never> {
  stopping = true;
  const waits = [...children].map(
    (c) =>
      new Promise<void>((resolve) => {
        if (c.exitCode !== null) return resolve();
        c.once("exit", () => resolve());
        c.kill("SIGTERM");
        setTimeout(() => c.kill("SIGKILL"), 8000).unref();
      }),
  );
  await Promise.all(waits);
  process.exit(code);
}

for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void stopAll(0));
