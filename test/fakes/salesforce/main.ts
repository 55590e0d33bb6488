/**
 * Runs the fake Salesforce by hand:
 *   node bin/run-ts.js test/fakes/salesforce/main.ts --port 8787 --opportunities 500 [--token T] [--cors-origin http://127.0.0.1:3000]
 * Prints the instance URL and an access token, then serves until Ctrl-C. Uses the system clock.
 */
import { parseArgs } from "node:util";
import { DEFAULT_CLIENT_ID } from "./oauth";
import { startFakeSalesforce } from "./server";

const USAGE = `usage: node bin/run-ts.js test/fakes/salesforce/main.ts [--port N] [--opportunities N] [--token T]
       [--cors-origin ORIGIN]... [--seed small|empty] [--single-currency] [--no-forecasting] [--api-limit N]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8787" },
      opportunities: { type: "string", default: "0" },
      token: { type: "string" },
      "cors-origin": { type: "string", multiple: true },
      seed: { type: "string", default: "small" },
      "single-currency": { type: "boolean", default: false },
      "no-forecasting": { type: "boolean", default: false },
      "api-limit": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const count = (text: string | undefined, name: string): number | undefined => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number, got ${text}.\n${USAGE}`);
    return n;
  };
  if (values.seed !== "small" && values.seed !== "empty") throw new Error(`--seed is small or empty.\n${USAGE}`);
  const sf = await startFakeSalesforce({
    port: count(values.port, "port"),
    opportunities: count(values.opportunities, "opportunities"),
    token: values.token,
    corsOrigins: values["cors-origin"],
    seed: values.seed,
    multiCurrency: !values["single-currency"],
    forecasting: !values["no-forecasting"],
    dailyApiLimit: count(values["api-limit"], "api-limit"),
    clock: "system",
  });
  process.stdout.write(
    [
      `Fake Salesforce listening on ${sf.url}`,
      `instance_url: ${sf.url}`,
      `access_token: ${sf.token}`,
      `refresh_token: ${sf.tokenResponse.refresh_token ?? "(none)"}`,
      `client_id:    ${DEFAULT_CLIENT_ID} (OAuth: ${sf.url}/services/oauth2/authorize, /services/oauth2/token)`,
      `try: curl -H "Authorization: Bearer ${sf.token}" "${sf.url}/services/data/v${sf.apiVersion}/query?q=SELECT+Id,Name,Amount+FROM+Opportunity+LIMIT+5"`,
      "",
    ].join("\n"),
  );
  const stop = (): void => {
    void sf.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
