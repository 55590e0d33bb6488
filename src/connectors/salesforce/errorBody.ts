import { z } from "zod";

/** One entry of a REST API error body: Salesforce answers errors with a JSON array of these. */
export interface RestApiError {
  errorCode: string;
  message: string;
  fields: string[];
}

const restApiErrorSchema = z.object({
  errorCode: z.string(),
  message: z.string().default(""),
  fields: z.array(z.string()).optional(),
});
const errorArraySchema = z.array(restApiErrorSchema);

/**
 * The errors of a REST API error body. Salesforce documents an array of `{ message, errorCode, fields? }`;
 * a load balancer or a maintenance page can answer with HTML or a single object instead, which gives an
 * empty list (or the object's entry) rather than a crash, so the status code still decides what happens.
 * @example parseRestErrors('[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]')[0].errorCode // "INVALID_SESSION_ID"
 */
export function parseRestErrors(text: string): RestApiError[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const list = errorArraySchema.safeParse(Array.isArray(json) ? json : [json]);
  if (!list.success) return [];
  return list.data.map((entry) => ({ errorCode: entry.errorCode, message: entry.message, fields: entry.fields ?? [] }));
}
