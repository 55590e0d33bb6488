import { createHash } from "crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { build, version as esbuildVersion } from "esbuild";

const ROOT = path.resolve(__dirname, "../../..");
const ENTRY = path.join(ROOT, "test/e2e/inExcel/officeShim.ts");
const CACHE = path.join(ROOT, "node_modules/.cache/salesops-e2e-excel-shim");
/** Every folder the bundle may draw from (the host, the shim): the cache key hashes their .ts files. */
const SOURCES = [path.join(ROOT, "test/host"), path.join(ROOT, "test/e2e/inExcel")];

function sourceHash(): string {
  const hash = createHash("sha256").update(`esbuild ${esbuildVersion}\n`).update(readFileSync(__filename));
  for (const folder of SOURCES) {
    for (const name of readdirSync(folder).filter((file) => file.endsWith(".ts")).sort()) {
      hash.update(`${folder}/${name}\n`).update(readFileSync(path.join(folder, name)));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The in-memory Excel host and the Office/Excel shim (test/e2e/inExcel/officeShim.ts) as one browser
 * script (an IIFE), bundled by esbuild. ExcelJS (exportXlsx.ts) is not reachable from the entry, so it
 * stays out. Cached in node_modules/.cache under a hash of the sources: a rerun with nothing changed
 * reads the file; a build takes well under a second. Returns the script's text.
 */
export async function buildExcelShim(): Promise<string> {
  const file = path.join(CACHE, `officeShim.${sourceHash()}.js`);
  if (existsSync(file)) return readFileSync(file, "utf8");
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "chrome110",
    // The page's Office.js add-in code is production-built; the shim stays readable for stack traces.
    minify: false,
    sourcemap: "inline",
    sourcesContent: false,
    logLevel: "silent",
    tsconfigRaw: { compilerOptions: { target: "es2020" } },
  });
  const text = result.outputFiles[0].text;
  if (/require\(["']exceljs["']\)|from ["']exceljs["']/.test(text)) throw new Error("The Excel shim bundle pulled in ExcelJS: import test/host/host, not test/host/index.");
  mkdirSync(CACHE, { recursive: true });
  // Written under a temporary name and renamed: two test files building at once never read half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  // Bundles of earlier sources are of no further use.
  for (const name of readdirSync(CACHE)) if (/^officeShim\.[0-9a-f]{16}\.js$/.test(name) && path.join(CACHE, name) !== file) rmSync(path.join(CACHE, name), { force: true });
  return text;
}
