/**
 * Estimated request bytes of the writer's operations, for packing them into requests under the
 * payload budget (payloadBudget.ts). Office.js sends each new object path and each action as JSON;
 * these figures round up what the in-memory host measures for each (tests check every request stays
 * within the budget), and REQUEST_OVERHEAD_RESERVE_BYTES covers the rest.
 */

/** A new object path (a range, a format, a sheet looked up). */
export const PATH_BYTES = 160;
/** A property set or method call, arguments aside. */
export const ACTION_BYTES = 120;

/** One number format over a rectangle: its range, the set, the format text. */
export const formatRectBytes = (format: string): number => PATH_BYTES + ACTION_BYTES + format.length * 2 + 8;
