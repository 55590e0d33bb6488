/*
 * Runs every bench/*.bench.ts in its own process (so peak memory is each benchmark's own) and passes
 * their JSON lines through. `npm run bench -- import` runs only files whose name contains "import".
 */
import { spawnSync } from "child_process";
import { readdirSync } from "fs";
import path from "path";

const filter = process.argv[2] ?? "";
const files = readdirSync(__dirname)
  .filter((file) => file.endsWith(".bench.ts") && file.includes(filter))
  .sort();
let failed = 0;
for (const file of files) {
  const result = spawnSync(process.execPath, ["--expose-gc", path.join(__dirname, "..", "bin", "run-ts.js"), path.join(__dirname, file)], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) {
    failed += 1;
    process.stderr.write(`bench: ${file} exited with ${result.status}\n`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
