#!/usr/bin/env node
/*
 * `npm run stop`: stops what `npm start` started. A dev server started alone (no desktop Excel)
 * left its process id in .tmp/dev-server.pid; otherwise office-addin-debugging unregisters the
 * sideloaded add-in and stops its own dev server.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".tmp", "dev-server.pid");

if (fs.existsSync(PID_FILE)) {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
  fs.rmSync(PID_FILE, { force: true });
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server (process ${pid}).`);
  } catch (error) {
    // ESRCH: it had already exited, which is what we wanted.
    if (error.code !== "ESRCH") throw error;
    console.log(`The dev server (process ${pid}) was not running.`);
  }
} else {
  const cli = require.resolve("office-addin-debugging/cli.js");
  const result = spawnSync(process.execPath, [cli, "stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit" });
  process.exit(result.status ?? 1);
}
