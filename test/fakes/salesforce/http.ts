/** Replies as data, so the server can log them and a fault can cut one short before it is sent. */
import type { IncomingMessage } from "node:http";

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "Content-Type": "application/json;charset=UTF-8", ...headers }, body: JSON.stringify(value) };
}

/** Salesforce's REST error body: always an array of `{ message, errorCode }` (plus `fields` where it names some). */
export function sfError(status: number, errorCode: string, message: string, fields?: string[]): Reply {
  return json(status, [{ message, errorCode, ...(fields ? { fields } : {}) }]);
}

/** OAuth endpoints answer errors the OAuth way. */
export function oauthError(error: string, description: string, status = 400): Reply {
  return json(status, { error, error_description: description });
}

export function redirect(location: string): Reply {
  return { status: 302, headers: { Location: location }, body: "" };
}

export function readBody(req: IncomingMessage, maxBytes = 1 << 20): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) reject(new Error("request body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
