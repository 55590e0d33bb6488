#!/usr/bin/env node
// `npx salesops` works right after `npm ci`, with no build step: the CLI runs from a bundle of the
// TypeScript sources that is rebuilt when they change, or through tsx (see cliBundle.js).
const { loadCli } = require("./cliBundle");

const { cli, keepCodeCache } = loadCli();
cli.main(process.argv.slice(2)).then(
  (code) => {
    keepCodeCache();
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`salesops: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
