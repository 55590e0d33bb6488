/** The hand-run command prints the instance URL and the token it was given, and serves with them. */
import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");

it("starts, prints URL and token, answers a query, and stops on SIGTERM", async () => {
  const child = spawn(process.execPath, ["bin/run-ts.js", "test/fakes/salesforce/main.ts", "--port", "0", "--opportunities", "25", "--token", "T-by-hand", "--cors-origin", "http://127.0.0.1:3000"], { cwd: ROOT });
  try {
    const output = await new Promise<string>((resolve, reject) => {
      let text = "";
      child.stdout.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes("access_token:") && text.includes("try:")) resolve(text);
      });
      child.on("exit", (code) => reject(new Error(`exited with ${code}: ${text}`)));
    });
    const url = /instance_url: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] as string;
    expect(output).toContain("access_token: T-by-hand");
    const response = await fetch(`${url}/services/data/v61.0/query?q=SELECT+COUNT()+FROM+Opportunity`, { headers: { Authorization: "Bearer T-by-hand", Origin: "http://127.0.0.1:3000" } });
    expect(await response.json()).toEqual({ totalSize: 55, done: true, records: [] });
    expect(response.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:3000");
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  }
});
