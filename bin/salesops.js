#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so `npx salesops` works right after `npm ci`, with no build step.
require("tsx/cjs");
require("../src/cli/main.ts").main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`salesops: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
