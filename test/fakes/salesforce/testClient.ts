/** Helpers for the fake's own tests: JSON requests with the fake's token, and a raw GET for dropped connections. */
import { get as httpGet } from "node:http";
import type { FakeSalesforce } from "./types";

export interface ApiResponse {
  status: number;
  headers: Headers;
  // The tests read Salesforce's loosely typed JSON bodies.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export async function api(sf: FakeSalesforce, path: string, init: { token?: string | null; headers?: Record<string, string>; method?: string; body?: string } = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...init.headers };
  const token = init.token === undefined ? sf.token : init.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(sf.url + path, { method: init.method ?? "GET", headers, body: init.body, redirect: "manual" });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === "" ? undefined : JSON.parse(text) };
}

export interface SoqlOptions {
  all?: boolean;
  version?: string;
  batchSize?: number;
  token?: string | null;
}

export function soql(sf: FakeSalesforce, query: string, options: SoqlOptions = {}): Promise<ApiResponse> {
  const resource = options.all ? "queryAll" : "query";
  const headers: Record<string, string> = options.batchSize ? { "Sforce-Query-Options": `batchSize=${options.batchSize}` } : {};
  return api(sf, `/services/data/v${options.version ?? "61.0"}/${resource}?q=${encodeURIComponent(query)}`, { headers, token: options.token });
}

/** Follows nextRecordsUrl to the end; returns every page's body. */
export async function allPages(sf: FakeSalesforce, query: string, options: SoqlOptions = {}): Promise<ApiResponse["body"][]> {
  const pages = [];
  let response = await soql(sf, query, options);
  pages.push(response.body);
  while (response.status === 200 && !response.body.done) {
    response = await api(sf, response.body.nextRecordsUrl, { token: options.token });
    if (response.status !== 200) throw new Error(`page failed: ${JSON.stringify(response.body)}`);
    pages.push(response.body);
  }
  return pages;
}

export interface RawResult {
  status?: number;
  body: string;
  error?: string;
}

/** A GET that reports what arrived before the connection ended (fetch would only say "fetch failed"). */
export function rawGet(url: string, headers: Record<string, string>): Promise<RawResult> {
  return new Promise((resolve) => {
    const req = httpGet(url, { headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, body }));
      res.on("error", (error) => resolve({ status: res.statusCode, body, error: error.message }));
      res.on("aborted", () => resolve({ status: res.statusCode, body, error: "aborted" }));
    });
    req.on("error", (error) => resolve({ body: "", error: error.message }));
  });
}
