import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const pkgDir = fileURLToPath(new URL("..", import.meta.url));
const cli = join(pkgDir, "node_modules/@graphql-codegen/cli/cjs/bin.js");

it("committed generated code is up to date with the schema and the operations", () => {
  const out = mkdtempSync(join(tmpdir(), "nato-russia-codegen-"));
  try {
    execFileSync(process.execPath, [cli, "--config", "codegen.ts", "--silent"], {
      cwd: pkgDir,
      env: { ...process.env, CODEGEN_OUT: `${out}/` },
      stdio: "pipe",
    });
    const files = readdirSync(out).sort();
    expect(readdirSync(join(pkgDir, "src/generated")).sort()).toEqual(files);
    for (const file of files) {
      expect(
        readFileSync(join(pkgDir, "src/generated", file), "utf8"),
        `src/generated/${file} is stale: run \`pnpm --filter @nato-russia/client codegen\``,
      ).toBe(readFileSync(join(out, file), "utf8"));
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
