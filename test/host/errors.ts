/**
 * Errors shaped like office.js's `OfficeExtension.Error` (name "RichApi.Error", a `code` and
 * `debugInfo`), so adapter code that inspects `error.code` behaves the same against the host.
 */
export type HostErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "InvalidReference"
  | "NotImplemented"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "InvalidObjectPath"
  | "ConnectionFailure"
  | "GeneralException"
  /** Reading a ClientResult's value before the sync that returns it. */
  | "ValueNotLoaded";

export class HostApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: HostErrorCode;
  readonly debugInfo: { code: HostErrorCode; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: HostErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** The message office.js throws when code reads a property it did not load and sync. */
export function propertyNotLoaded(property: string, objectType: string): HostApiError {
  return new HostApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objectType}.${property}`,
  );
}

export function invalidArgument(message: string, errorLocation?: string): HostApiError {
  return new HostApiError("InvalidArgument", message, errorLocation);
}

export function itemNotFound(what: string, errorLocation?: string): HostApiError {
  return new HostApiError("ItemNotFound", `The requested resource doesn't exist. (${what})`, errorLocation);
}

export const DIMENSION_MISMATCH = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
