/**
 * The processes `npm run bench` starts and measures: each one's output goes to a log file (shown
 * when it fails to start), its CPU time is read from /proc/<pid>/stat (utime + stime, in clock
 * ticks of `getconf CLK_TCK`), its descendants' included.
 */
const { execFileSync, spawn } = require("node:child_process");
const fs = require("node:fs");
const net = require("node:net");
const path = require("node:path");

/** Clock ticks per second of /proc/<pid>/stat's times (normally 100). */
const CLK_TCK = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** @typedef {{ name: string, child: import("node:child_process").ChildProcess, logFile: string }} Started */

/** @type {Started[]} */
const started = [];

/**
 * @param {string} name @param {string[]} args node's arguments @param {NodeJS.ProcessEnv} env
 * @param {{ cwd: string, logDir: string }} where
 * @returns {Started}
 */
function startProcess(name, args, env, where) {
  const logFile = path.join(where.logDir, `${name.replace(/[^\w.-]+/g, "_")}.log`);
  const fd = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, args, { cwd: where.cwd, env: { ...process.env, ...env }, stdio: ["ignore", fd, fd] });
  fs.closeSync(fd);
  const entry = { name, child, logFile };
  started.push(entry);
  return entry;
}

/** The last lines a process wrote. @param {Started} entry */
function tail(entry, lines = 30) {
  try {
    return fs.readFileSync(entry.logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/** Waits until `url` answers 2xx; fails with the process's last lines if it exits or takes too long. @param {Started} entry @param {string} url */
async function waitReady(entry, url, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (entry.child.exitCode !== null || entry.child.signalCode !== null) {
      throw new Error(`${entry.name} exited (${entry.child.signalCode ?? entry.child.exitCode}) before it was ready:\n${tail(entry)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`${entry.name} was not ready at ${url} within ${timeoutMs / 1000} s:\n${tail(entry)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Fails when something already listens on one of `ports` (a running `npm start`, another bench). @param {number[]} ports */
async function checkPortsFree(ports) {
  for (const port of ports) {
    const inUse = await new Promise((resolve) => {
      const socket = net.connect({ host: "127.0.0.1", port });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (inUse) throw new Error(`port ${port} is in use: stop what runs there, or move the bench (--port, SUBGRAPH_PORT_BASE)`);
  }
}

/** The pids of a process and all its descendants. @param {number} pid @returns {number[]} */
function processTree(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    let tasks = [];
    try {
      tasks = fs.readdirSync(`/proc/${pids[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = fs.readFileSync(`/proc/${pids[i]}/task/${task}/children`, "utf8").trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      } catch {
        /* gone */
      }
    }
  }
  return pids;
}

/** CPU time (user + system) of a process and its descendants, in clock ticks. @param {number} pid */
function cpuTicks(pid) {
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      // Fields after the command name (which may hold spaces) start at field 3; utime, stime are 14, 15.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* exited */
    }
  }
  return ticks;
}

/** Stops every process started here: SIGTERM, then SIGKILL after 10 s. */
async function stopAll() {
  const running = started.filter((e) => e.child.exitCode === null && e.child.signalCode === null);
  await Promise.all(
    running.map(
      (e) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => e.child.kill("SIGKILL"), 10_000);
          e.child.once("exit", () => {
            clearTimeout(timer);
            resolve(undefined);
          });
          e.child.kill("SIGTERM");
        }),
    ),
  );
}

module.exports = { CLK_TCK, startProcess, waitReady, checkPortsFree, cpuTicks, stopAll, tail };
