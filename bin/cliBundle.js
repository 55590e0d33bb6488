// Loads the CLI from one bundled file instead of ~1,400 modules compiled by tsx at every start.
//
// Why: through tsx, `salesops --help` spends about 1.6 s of CPU resolving, reading, transforming and
// compiling modules — half of the demo QBR's 3 s budget — and every command pays it. esbuild (tsx's
// own compiler, so the same TypeScript semantics) bundles src/cli/main.ts and the packages it uses
// into node_modules/.cache/salesops-cli/main.js, which loads in about 0.4 s.
//
// The bundle is rebuilt whenever one of its inputs changed (size or modification time, checked at
// every start: about 1,400 stats, a few milliseconds), so a fresh clone needs no build step and an
// edited source is never run stale; building takes about as long as one tsx start. When no bundle
// can be built (esbuild missing, a read-only node_modules) the CLI runs through tsx as before.
// SALESOPS_CLI_TSX=1 forces tsx.
//
// The bundle is compiled with V8's code cache (main.js.v8cache, written after the first run of a
// new bundle): compiling the 4 MB file is most of what is left of the start-up, about 0.25 s of CPU.
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { Module } = require("module");

const ROOT = path.join(__dirname, "..");
const ENTRY = path.join(ROOT, "src", "cli", "main.ts");
const CACHE = path.join(ROOT, "node_modules", ".cache", "salesops-cli");
const BUNDLE = path.join(CACHE, "main.js");
const INPUTS = path.join(CACHE, "inputs.json");
const CODE_CACHE = path.join(CACHE, "main.js.v8cache");

function signature(file) {
  const stat = fs.statSync(file);
  return `${stat.size}:${stat.mtimeMs}`;
}

/** True when the bundle exists and every input is as it was when the bundle was built. */
function bundleIsFresh() {
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(INPUTS, "utf8"));
    if (!fs.existsSync(BUNDLE)) return false;
  } catch {
    return false;
  }
  for (const [file, recorded] of Object.entries(inputs)) {
    try {
      if (signature(path.join(ROOT, file)) !== recorded) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** esbuild as tsx installed it (it may not be hoisted to the top of node_modules). */
function loadEsbuild() {
  const tsx = path.dirname(require.resolve("tsx/package.json", { paths: [ROOT] }));
  return require(require.resolve("esbuild", { paths: [tsx, ROOT] }));
}

function buildBundle() {
  const esbuild = loadEsbuild();
  // A private folder, then renames: processes starting at the same time never read a half-written file.
  const folder = path.join(CACHE, `build-${process.pid}`);
  fs.mkdirSync(folder, { recursive: true });
  const startedAt = Date.now();
  const result = esbuild.buildSync({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    target: `node${process.versions.node.split(".")[0]}`,
    format: "cjs",
    outfile: path.join(folder, "main.js"),
    metafile: true,
    sourcemap: "linked",
    sourcesContent: false,
    logLevel: "silent",
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const recorded = signature(path.join(ROOT, file));
    // A file edited while the build read it may be in the bundle as it was: leave it looking stale.
    inputs[file] = fs.statSync(path.join(ROOT, file)).mtimeMs >= startedAt - 1000 ? "changed during the build" : recorded;
  }
  fs.writeFileSync(path.join(folder, "inputs.json"), JSON.stringify(inputs));
  // The bundle before the inputs: a process that reads the old inputs finds them stale and builds too.
  fs.renameSync(path.join(folder, "main.js.map"), `${BUNDLE}.map`);
  fs.renameSync(path.join(folder, "main.js"), BUNDLE);
  fs.renameSync(path.join(folder, "inputs.json"), INPUTS);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(CODE_CACHE, { force: true });
}

function writeAtomically(file, data) {
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

/**
 * Runs the bundle as a CommonJS module compiled with the code cache, and returns its exports with
 * a function that stores the cache once the command ran (so the functions it compiled are in it),
 * when there was none or V8 rejected it (another Node version).
 */
function requireBundle() {
  let cachedData;
  try {
    cachedData = fs.readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(BUNDLE, "utf8")), { filename: BUNDLE, cachedData });
  const bundle = { exports: {}, filename: BUNDLE, id: BUNDLE, loaded: false };
  // The bundle requires only Node's built-in modules: every package it uses is inside it.
  script.runInThisContext().call(bundle.exports, bundle.exports, require, bundle, BUNDLE, CACHE);
  bundle.loaded = true;
  const keepCodeCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      writeAtomically(CODE_CACHE, script.createCachedData());
    } catch {
      // A cache that cannot be written only costs the next start its compile time.
    }
  };
  return { cli: bundle.exports, keepCodeCache };
}

/**
 * The CLI module (src/cli/main.ts), from the bundle or through tsx, and what to call once the
 * command has run.
 */
function loadCli() {
  if (process.env.SALESOPS_CLI_TSX !== "1") {
    try {
      if (!bundleIsFresh()) buildBundle();
      return requireBundle();
    } catch {
      // Fall through to tsx: slower to start, same behaviour.
    }
  }
  require("tsx/cjs");
  return { cli: require(ENTRY), keepCodeCache: () => undefined };
}

module.exports = { loadCli };
