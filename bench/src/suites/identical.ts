import type { OutgoingHttpHeaders } from "node:http";
import type { BenchRequest } from "../workloads.js";

export interface Answer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: string;
}

// Per connection or per response; a replay sets its own.
const SKIPPED = new Set([
  "date",
  "connection",
  "keep-alive",
  "content-length",
  "transfer-encoding",
]);

export async function send(base: string, req: BenchRequest): Promise<Answer> {
  const response = await fetch(`${base}${req.path}`, {
    method: req.method,
    headers: req.headers,
    body: req.body,
  });
  const headers: OutgoingHttpHeaders = {};
  response.headers.forEach((value, name) => {
    if (!SKIPPED.has(name)) headers[name] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

/** Throws unless every server answers `req` with the same status and the same bytes. */
export async function expectIdentical(bases: Record<string, string>, req: BenchRequest) {
  const answers = await Promise.all(
    Object.entries(bases).map(async ([name, base]) => [name, await send(base, req)] as const),
  );
  const [firstName, first] = answers[0]!;
  for (const [name, answer] of answers.slice(1)) {
    if (answer.status !== first.status || answer.body !== first.body) {
      throw new Error(
        `${name} and ${firstName} answer ${req.method} ${req.path.slice(0, 80)} differently:\n` +
          `${name}: ${answer.status} ${answer.body.slice(0, 300)}\n` +
          `${firstName}: ${first.status} ${first.body.slice(0, 300)}`,
      );
    }
  }
}
