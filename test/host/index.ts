/** The in-memory Excel host for tests: see host.ts for the API and valueSemantics.ts for what cells store. */
export { createExcelHost } from "./host";
export type { ConditionalFormatInfo, ExcelHost, ExcelHostOptions, SheetSettings, TableInfo } from "./host";
export { exportToXlsx } from "./exportXlsx";
export { HostApiError } from "./errors";
export type { HostErrorCode } from "./errors";
export { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT } from "./session";
export type { SyncRecord } from "./session";
export type { SyncFaultOptions } from "./faults";
