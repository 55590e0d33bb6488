import { useCallback, useEffect, useRef, useState } from "react";
import type { ImportProgress } from "../../../app/importDataTypes";
import type { DataOperations } from "../../dataOperations";
import type { StatusMessage } from "../../state/messages";
import { yieldToUi } from "../../state/yieldToUi";
import { refreshedMessage, refreshFailedMessage } from "./dataMessages";

export interface RefreshState {
  /** Which table is being read, while Refresh runs. */
  progress: ImportProgress | null;
  refresh(): void;
}

/** Runs Refresh once at a time, reporting the table being read and then the outcome to the view's status area. */
export function useRefresh(operations: DataOperations, report: (message: StatusMessage | null) => void): RefreshState {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const refresh = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    report(null);
    setProgress({ step: "refreshing", label: "Reading the workbook's tables", done: 0, total: 1, unit: "tables", cancellable: false });
    try {
      const refreshed = await operations.refresh({
        pause: yieldToUi,
        onProgress: (p) => mounted.current && setProgress({ step: "refreshing", label: `Reading ${p.tableName}`, done: p.table - 1, total: p.tables, unit: "tables", cancellable: false }),
      });
      if (mounted.current) report(refreshedMessage(refreshed));
    } catch (error) {
      if (mounted.current) report(refreshFailedMessage(error));
    } finally {
      running.current = false;
      if (mounted.current) setProgress(null);
    }
  }, [operations, report]);

  return { progress, refresh: () => void refresh() };
}
