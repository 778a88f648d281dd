// Packs every public workspace package into .release/ exactly as `changeset publish` would
// publish it, without publishing: inspect the tarballs before a real release.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const out = join(process.cwd(), ".release");
mkdirSync(out, { recursive: true });
for (const dir of readdirSync("packages")) {
  const pkg = JSON.parse(readFileSync(join("packages", dir, "package.json"), "utf8"));
  if (pkg.private) continue;
  // pnpm pack rewrites workspace: ranges to real versions, as publish does.
  execFileSync("pnpm", ["pack", "--pack-destination", out], {
    cwd: join("packages", dir),
    stdio: "inherit",
  });
}
console.log(`Tarballs in ${out}:`, readdirSync(out).join(", "));
