/**
 * Fault injection: makes a chosen future sync fail the way a flaky connection or a refusing
 * server does, so tests can prove what an adapter leaves behind when Excel gives up mid-write.
 */
import { HostApiError, HostErrorCode } from "./errors";

export interface SyncFaultOptions {
  /**
   * How many of the request's actions apply before it fails. 0 (the default) is a request lost on
   * the way to Excel: nothing changes. A number at or above the request's action count is a
   * response lost on the way back: everything applied, yet the caller sees an error.
   */
  afterActions?: number;
  /** The error code the sync rejects with (default "ConnectionFailure", office.js's code for a network drop). */
  code?: HostErrorCode;
}

export interface SyncFault {
  afterActions: number;
  error: HostApiError;
}

interface Scheduled {
  /** Counted syncs still to go before this one; 1 means the next. */
  remaining: number;
  fault: SyncFault;
}

/** Shared by every run on one host, so a fault can target a sync in a later `host.run`. */
export class FaultSchedule {
  private scheduled: Scheduled[] = [];

  /** `n` counts syncs from now that send a request (empty syncs send none and don't count). */
  failSync(n: number, options: SyncFaultOptions = {}): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`failSync needs a sync number of at least 1 (got ${n}).`);
    const code = options.code ?? "ConnectionFailure";
    const error = new HostApiError(code, `Injected failure of sync ${n} from now (${code}).`, "RequestContext.sync");
    this.scheduled.push({ remaining: n, fault: { afterActions: options.afterActions ?? 0, error } });
  }

  /** Called once per counted sync: the fault due now, if any. */
  next(): SyncFault | null {
    let due: SyncFault | null = null;
    for (const entry of this.scheduled) {
      entry.remaining -= 1;
      if (entry.remaining === 0) due = entry.fault;
    }
    this.scheduled = this.scheduled.filter((entry) => entry.remaining > 0);
    return due;
  }

  clear(): void {
    this.scheduled = [];
  }
}
