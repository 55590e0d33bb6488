import type { RestApiError } from "./errorBody";
import { accessDeniedMessage, invalidFieldMessage, invalidQueryMessage, objectNotAvailableMessage, requestFailedMessage } from "./faultMessages";
import { SalesforceError } from "./salesforceError";
import { fieldNamedIn, queriedObject, selectedFields } from "./soqlParts";

/**
 * Turns a query's 4xx answer (what the transport leaves to the caller) into the error the user sees:
 * a named field for INVALID_FIELD/MALFORMED_QUERY, the object for INVALID_TYPE, access for 403.
 * INVALID_QUERY_LOCATOR never gets here: the client restarts the query instead.
 * @example queryError(400, [{ errorCode: "INVALID_FIELD", message: "No such column 'Region__c' on entity 'Opportunity'.", fields: [] }], "SELECT Id, Region__c FROM Opportunity", ["Region__c"]).field // "Region__c"
 */
export function queryError(status: number, errors: readonly RestApiError[], soql: string, mappedFields: readonly string[]): SalesforceError {
  const first = errors[0];
  const code = first?.errorCode ?? "";
  const message = first?.message ?? "";
  const object = queriedObject(soql);
  const details = { status, salesforceCode: code || undefined, object };
  if (code === "INVALID_FIELD" || code === "MALFORMED_QUERY") {
    const field = fieldNamedIn(message, selectedFields(soql), mappedFields) ?? first?.fields[0] ?? null;
    if (field) {
      const inMapping = mappedFields.some((mapped) => mapped.toLowerCase() === field.toLowerCase());
      return new SalesforceError("invalid_field", invalidFieldMessage(field, object, message, inMapping), { ...details, field });
    }
    return new SalesforceError("invalid_query", invalidQueryMessage(object, message), details);
  }
  if (code === "INVALID_TYPE") return new SalesforceError("object_not_available", objectNotAvailableMessage(object, message), details);
  if (status === 403) return new SalesforceError("access_denied", accessDeniedMessage(code, message), details);
  return new SalesforceError("request_failed", requestFailedMessage(status, code, message), details);
}
