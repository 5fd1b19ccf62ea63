import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** A port nobody listens on right now, on the loopback. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Service {
  child: ChildProcess;
  /** Everything it printed, stdout and stderr. */
  output(): string;
  /** Resolves when it has printed a line matching `ready`; rejects when it exits first or `timeoutMs` passes. */
  ready: Promise<void>;
  /** True while the process runs. */
  running(): boolean;
  /** Sends the signal and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `node <script>` from the repository root with exactly `env` (plus PATH), as a real
 * service process: the way a test kills and restarts a subgraph or watches the gateway survive.
 */
export function startService(script: string, env: Record<string, string>, ready: RegExp, timeoutMs = 60_000): Service {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, script)], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const readyPromise = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} was not ready within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${signal ?? code}) before it was ready:\n${output}`));
    });
  });
  readyPromise.catch(() => undefined);
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    output: () => output,
    ready: readyPromise,
    running,
    async stop(signal = "SIGTERM") {
      if (!running()) return;
      child.kill(signal);
      await exited;
    },
  };
}
