#!/usr/bin/env node
// Runs a TypeScript entry point (benchmarks, scripts) through tsx: `node bin/run-ts.js FILE.ts [args]`.
require("tsx/cjs");
const path = require("path");
const entry = process.argv[2];
if (!entry) {
  process.stderr.write("usage: node bin/run-ts.js FILE.ts [args]\n");
  process.exit(2);
}
process.argv.splice(1, 2, path.resolve(entry));
require(path.resolve(entry));
