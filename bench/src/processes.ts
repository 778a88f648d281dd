import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";

/** `taskset` exists and there are two cores: servers get core 0, the load generator core 1. */
export const canPin = (() => {
  if (cpus().length < 2) return false;
  try {
    execFileSync("taskset", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

export interface Child {
  process: ChildProcess;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Sends a command over IPC and resolves with the answer. */
  ask<T>(message: object): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Starts `node [flags] script args` on one core (core undefined: any), with IPC. Under taskset
 * the command is exec'd, so the process id and the IPC channel are node's own.
 */
export function startNode(
  script: string,
  options: { core?: number; args?: string[]; flags?: string[]; env?: Record<string, string> } = {},
): Child {
  const command = [process.execPath, ...(options.flags ?? []), script, ...(options.args ?? [])];
  const pinned = canPin && options.core !== undefined;
  const child = spawn(
    pinned ? "taskset" : command[0]!,
    pinned ? ["-c", String(options.core), ...command] : command.slice(1),
    {
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ask = <T>(message: object) =>
    new Promise<T>((resolve, reject) => {
      child.once("message", (answer: { ok?: boolean; error?: string; result?: T }) =>
        answer.ok === false
          ? reject(new Error(answer.error))
          : resolve((answer.result ?? answer) as T),
      );
      child.send(message);
    });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return { process: child, exited, ask, stop };
}

/** The first IPC message from a child, e.g. its "ready". */
export function firstMessage<T>(child: Child): Promise<T> {
  return new Promise((resolve, reject) => {
    child.process.once("message", resolve);
    void child.exited.then((code) =>
      reject(new Error(`process exited with ${code} before it was ready`)),
    );
  });
}

/** Polls `url` until it answers 200; resolves with the time it first did (performance.now()). */
export async function firstAnswer(
  url: string,
  init: RequestInit,
  child: Child,
  timeoutMs = 60_000,
) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (child.process.exitCode !== null)
      throw new Error(`server exited with ${child.process.exitCode}`);
    const ok = await fetch(url, init).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) return performance.now();
    if (performance.now() > deadline) throw new Error(`${url} did not answer in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resident set size of a process, in MB (10^6 bytes; Linux), or undefined elsewhere. */
export function rssMB(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Math.round((Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024) / 1e6);
  } catch {
    return undefined;
  }
}
