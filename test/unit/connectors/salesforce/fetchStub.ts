/**
 * A scripted fetch for the connector's unit tests: each call takes the next handler in order and is
 * recorded, so a test asserts both what was sent and what the connector made of each answer.
 */
export interface StubRequest {
  url: string;
  method: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string | null;
  mode: RequestMode | undefined;
}

/** Answers one request: a Response, or throws (as fetch rejects: network, CORS, abort). */
export type StubHandler = (request: StubRequest) => Response | Promise<Response>;

export interface FetchStub {
  fetch: typeof fetch;
  calls: StubRequest[];
  /** Handlers not used yet. */
  remaining(): number;
}

export function fetchStub(handlers: StubHandler[]): FetchStub {
  const queue = [...handlers];
  const calls: StubRequest[] = [];
  const stubFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const request: StubRequest = {
      url: typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? "GET",
      headers,
      body: typeof init?.body === "string" ? init.body : null,
      mode: init?.mode,
    };
    calls.push(request);
    const handler = queue.shift();
    if (!handler) throw new Error(`fetch stub: unexpected request ${request.method} ${request.url}`);
    return handler(request);
  };
  return { fetch: stubFetch as typeof fetch, calls, remaining: () => queue.length };
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

/** A Salesforce error body: a JSON array of { message, errorCode }. */
export function sfError(status: number, errorCode: string, message: string, headers: Record<string, string> = {}): Response {
  return json([{ message, errorCode }], status, headers);
}

/** A query result page. */
export function page(records: Record<string, unknown>[], totalSize: number, next?: string, headers: Record<string, string> = {}): Response {
  return json({ totalSize, done: next === undefined, ...(next === undefined ? {} : { nextRecordsUrl: next }), records }, 200, headers);
}

/** A 200 whose body stream breaks off after some bytes, as a dropped connection does. */
export function brokenBody(): Response {
  const bytes = new TextEncoder().encode('{"totalSize": 3, "done": fal');
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.error(new TypeError("terminated"));
    },
  });
  return new Response(stream, { status: 200, headers: { "Content-Type": "application/json" } });
}

/** fetch rejecting as browsers do for both a CORS refusal and a network failure. */
export const rejectTypeError = (): never => {
  throw new TypeError("Failed to fetch");
};

/** A record with the attributes Salesforce adds to each. */
export const rec = (fields: Record<string, unknown>): Record<string, unknown> => ({ attributes: { type: "Opportunity", url: `/services/data/v61.0/sobjects/Opportunity/${String(fields.Id)}` }, ...fields });

export const noSleep = async (): Promise<void> => undefined;
