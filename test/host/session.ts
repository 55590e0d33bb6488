/**
 * One `Excel.run` batch: the queue of actions that `context.sync()` sends as one request, the
 * request's estimated size, and the limits Excel on the web enforces on a request and its response.
 */
import { HostApiError } from "./errors";
import { FaultSchedule } from "./faults";
import { WorkbookModel } from "./model";
import { EntryOptions } from "./valueSemantics";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;

export interface Action {
  /** What the request carries for this action (method or property name, proxy id, arguments). */
  payload: unknown;
  apply(): void;
}

export interface SyncRecord {
  index: number;
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** The error code when this sync failed. */
  error: string | null;
  suspendedCalculation: boolean;
  suspendedScreenUpdating: boolean;
  /** `application.calculate` calls the request carried, in order. */
  calculations: string[];
}

/** Counters shared by every run on one host. */
export interface HostStats {
  syncs: SyncRecord[];
  tableRowsAddCalls: number;
}

/** The response a load contributes; measured after the request applies. */
export interface ResponseMeter {
  addCells(count: number): void;
  addValue(value: unknown): void;
}

// Node's Buffer where it exists (jest, benchmarks: no copy); the same count through TextEncoder in a browser page.
const encoder = typeof Buffer === "undefined" ? new TextEncoder() : null;
const utf8Bytes = (value: unknown): number => {
  const json = JSON.stringify(value) ?? "";
  return encoder ? encoder.encode(json).length : Buffer.byteLength(json, "utf8");
};

export class Session implements ResponseMeter {
  private queue: Action[] = [];
  /** Object paths created since the last sync: the request declares each proxy it uses. */
  private newPaths: unknown[] = [];
  private commits: (() => void)[] = [];
  private responseCells = 0;
  private responseBytes = 0;
  private nextProxyId = 0;
  private closed = false;
  suspendCalculation = false;
  suspendScreenUpdating = false;
  calculations: string[] = [];

  constructor(
    readonly model: WorkbookModel,
    readonly stats: HostStats,
    readonly entry: EntryOptions,
    private readonly faults: FaultSchedule = new FaultSchedule(),
  ) {}

  registerProxy(path: unknown): number {
    this.nextProxyId += 1;
    this.newPaths.push({ id: this.nextProxyId, path });
    return this.nextProxyId;
  }

  enqueue(action: Action): void {
    if (this.closed) throw new HostApiError("InvalidObjectPath", "The object path isn't working for what you're trying to do: this request context's Excel.run has finished.");
    this.queue.push(action);
  }

  /** Loaded values become readable only when the whole sync succeeds. */
  onCommit(commit: () => void): void {
    this.commits.push(commit);
  }

  addCells(count: number): void {
    this.responseCells += count;
    if (this.responseCells > READ_CELL_LIMIT) {
      throw new HostApiError("RangeExceedsLimit", `The cell count in the range has exceeded the maximum supported number (a read is limited to ${READ_CELL_LIMIT} cells).`);
    }
  }

  addValue(value: unknown): void {
    this.responseBytes += utf8Bytes(value);
    if (this.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new HostApiError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit. Please refer to the documentation: \"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins\".");
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  /**
   * Sends the queued actions as one request. A request over 5 MB is refused whole, as Excel on the
   * web does; otherwise actions apply in order and an error stops the batch where it happened
   * (earlier actions stay applied, as in Excel).
   */
  sync(): void {
    // office.js sends no request when nothing is queued, so an empty sync is not counted.
    if (this.queue.length === 0) return;
    const actions = this.queue;
    const record: SyncRecord = {
      index: this.stats.syncs.length + 1,
      requestBytes: utf8Bytes({ paths: this.newPaths, actions: actions.map((a) => a.payload) }),
      responseBytes: 0,
      actions: actions.length,
      error: null,
      suspendedCalculation: false,
      suspendedScreenUpdating: false,
      calculations: [],
    };
    this.queue = [];
    this.newPaths = [];
    this.commits = [];
    this.responseCells = 0;
    this.responseBytes = 0;
    this.stats.syncs.push(record);
    const fault = this.faults.next();
    try {
      if (record.requestBytes > PAYLOAD_LIMIT_BYTES) {
        throw new HostApiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit. Please refer to the documentation: \"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins\".");
      }
      actions.forEach((action, index) => {
        if (fault && index === fault.afterActions) throw fault.error;
        action.apply();
      });
      // A fault at or past the last action: the request applied but its response never arrived.
      if (fault) throw fault.error;
      for (const commit of this.commits) commit();
    } catch (error) {
      record.error = error instanceof HostApiError ? error.code : "GeneralException";
      throw error;
    } finally {
      record.responseBytes = this.responseBytes;
      record.suspendedCalculation = this.suspendCalculation;
      record.suspendedScreenUpdating = this.suspendScreenUpdating;
      record.calculations = this.calculations;
      this.suspendCalculation = false;
      this.suspendScreenUpdating = false;
      this.calculations = [];
      this.commits = [];
    }
  }

  close(): void {
    this.closed = true;
  }
}
