#!/usr/bin/env node
/*
 * `npm start`: sideload into desktop Excel where there is one (office-addin-debugging starts the
 * dev server too), otherwise start the dev server and print how to sideload into Excel on the web.
 * It must not crash on Linux or CI, where there is no desktop Excel.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { startMode, sideloadHelp } = require("./startPlan");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PID_FILE = path.join(ROOT, ".tmp", "dev-server.pid");

function run(command, args) {
  const child = spawn(process.execPath, [command, ...args], { cwd: ROOT, stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  return child;
}

const mode = startMode({ platform: process.platform, env: process.env, args: process.argv.slice(2), exists: fs.existsSync });

if (mode === "desktop") {
  const cli = require.resolve("office-addin-debugging/cli.js");
  run(cli, ["start", "manifest.xml", "desktop"]).on("exit", (code) => process.exit(code ?? 1));
} else {
  console.log(sideloadHelp(MANIFEST));
  const server = run(require.resolve("webpack-cli/bin/cli.js"), ["serve", "--mode", "development"]);
  // `npm run stop` reads this to stop the server from another terminal.
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(server.pid));
  server.on("exit", (code, signal) => {
    fs.rmSync(PID_FILE, { force: true });
    process.exit(signal ? 0 : (code ?? 1));
  });
}
