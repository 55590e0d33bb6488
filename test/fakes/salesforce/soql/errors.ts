/**
 * Query errors in Salesforce's shape: an error code and, for errors at a place in the query, the
 * line of the query, a caret under the place and `ERROR at Row:r:Column:c` before the message.
 */

export class SoqlError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = "SoqlError";
  }
}

/** The message with the query line, caret and position of `offset` (0-based, in the query text). */
export function located(query: string, offset: number, text: string): string {
  const before = query.slice(0, Math.max(0, Math.min(offset, query.length)));
  const row = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  const column = before.length - lineStart + 1;
  const lineEnd = query.indexOf("\n", lineStart);
  const line = query.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  return `\n${line}\n${" ".repeat(column - 1)}^\nERROR at Row:${row}:Column:${column}\n${text}`;
}

/** Where a token (a field path, an object name) first occurs at or after `from`, ignoring case; `from` when not found. */
export function locate(query: string, token: string, from = 0): number {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`(^|[^A-Za-z0-9_.])(${escaped})(?![A-Za-z0-9_])`, "i").exec(query.slice(from));
  return match ? from + match.index + match[1].length : from;
}

export const malformed = (query: string, offset: number, text: string): SoqlError =>
  new SoqlError("MALFORMED_QUERY", located(query, offset, text));

/** A construct the fake does not evaluate: the real API would accept it, so say so plainly. */
export const unsupported = (query: string, offset: number, what: string): SoqlError =>
  malformed(query, offset, `${what} is not supported by the fake Salesforce (test/fakes/salesforce).`);

export function noSuchColumn(query: string, offset: number, field: string, entity: string): SoqlError {
  return new SoqlError(
    "INVALID_FIELD",
    located(
      query,
      offset,
      `No such column '${field}' on entity '${entity}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
    ),
  );
}

export function badRelationship(query: string, offset: number, relationship: string): SoqlError {
  return new SoqlError(
    "INVALID_FIELD",
    located(
      query,
      offset,
      `Didn't understand relationship '${relationship}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
    ),
  );
}

export function unknownType(query: string, offset: number, name: string): SoqlError {
  return new SoqlError(
    "INVALID_TYPE",
    located(
      query,
      offset,
      `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
    ),
  );
}

/** A parser failure as MALFORMED_QUERY, placed at the token the parser names (or the end of the query). */
export function fromParserError(query: string, error: unknown): SoqlError {
  const message = error instanceof Error ? error.message : String(error);
  const lexing = /\((\d+):(\d+)\)/.exec(message);
  if (lexing && /unexpected character/.test(message)) {
    const lines = query.split("\n");
    const offset = lines.slice(0, Number(lexing[1]) - 1).reduce((sum, l) => sum + l.length + 1, 0) + Number(lexing[2]) - 1;
    return malformed(query, offset, `line ${lexing[1]}:${lexing[2]} no viable alternative at character '${query[offset] ?? ""}'`);
  }
  const found = /but found:? -*>? ?'([^']*)'/.exec(message);
  const token = found ? found[1] : "";
  if (token === "") return malformed(query, query.length, "unexpected token: <EOF>");
  const offset = query.search(new RegExp(`(?<![A-Za-z0-9_])${token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9_])`, "i"));
  return malformed(query, Math.max(0, offset), `unexpected token: '${token}'`);
}
