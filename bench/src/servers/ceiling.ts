// The ceiling: bare node:http answering every request with bytes set beforehand (after reading
// the request's body, as any server must). Nothing can answer faster over the same HTTP.
import { createServer, type OutgoingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface CeilingReply {
  status: number;
  headers: OutgoingHttpHeaders;
  body: string;
}

let status = 200;
let headers: OutgoingHttpHeaders = {};
let body = Buffer.alloc(0);

process.on("message", (reply: CeilingReply) => {
  status = reply.status;
  body = Buffer.from(reply.body);
  headers = { ...reply.headers, "content-length": body.length };
  if (status === 304) delete headers["content-length"];
  process.send!({ ok: true });
});

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(status, headers);
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => {
  process.send!({ ready: true, port: (server.address() as AddressInfo).port });
});
process.on("SIGTERM", () => process.exit(0));
