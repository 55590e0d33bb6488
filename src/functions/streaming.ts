import { onSessionChanged } from "../app/sessionState";
import { runFunction } from "./runner";

/** What Excel hands a streaming function; the CLI and tests pass an object of the same shape. */
export type ResultStream<T> = Pick<CustomFunctions.StreamingInvocation<T>, "setResult" | "onCanceled">;

/**
 * Streams a result computed from the session's data: the cell gets it now and again whenever the
 * pane loads or refreshes data, plans or settings, so workbook-aware functions never show results
 * of data that is no longer loaded. Excel cancels the stream when the formula is deleted or changed.
 * @example streamFromSession("PAYOUT", invocation, () => payoutOf("REP-012", "FY2027-Q2"))
 */
export function streamFromSession<T>(functionName: string, invocation: ResultStream<T>, compute: () => T): void {
  const publish = () => {
    try {
      invocation.setResult(runFunction(functionName, compute));
    } catch (error) {
      // runFunction turns every failure into an Excel error value: the cell shows it, the stream goes on.
      invocation.setResult(error as CustomFunctions.Error);
    }
  };
  publish();
  const stop = onSessionChanged(publish);
  invocation.onCanceled = () => {
    stop();
  };
}
