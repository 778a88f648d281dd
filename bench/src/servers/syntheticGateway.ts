// The scale benchmark's server: a synthetic dataset of N events, indexed and served by
// createGateway through node:http, exactly the code path of the released dataset.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DatasetIndex } from "@nato-russia/data";
import { createGateway } from "@nato-russia/gateway";
import { createLogger } from "@nato-russia/gateway/logger";
import { syntheticRecords } from "../synthetic/syntheticRecords.js";

// performance.now() counts from the process's start: each phase is reported from there.
const modulesLoaded = performance.now();
const records = syntheticRecords(Number(process.argv[2]));
const generated = performance.now();
const dataset = new DatasetIndex(records);
const indexed = performance.now();
const server = createServer(createGateway({ dataset, logger: createLogger("warn") }).listener);
server.listen(0, "127.0.0.1", () => {
  process.send!({
    ready: true,
    port: (server.address() as AddressInfo).port,
    phases: {
      modulesMs: Math.round(modulesLoaded),
      generateMs: Math.round(generated - modulesLoaded),
      indexMs: Math.round(indexed - generated),
      listeningMs: Math.round(performance.now()),
    },
  });
});
process.on("SIGTERM", () => process.exit(0));
