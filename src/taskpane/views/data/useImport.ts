import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { assignColumn, DetectedLayout, detectLayout, draftForPreset, MappingDraft } from "../../../app/importDataMapping";
import type { ImportPreview } from "../../../app/importDataPreview";
import type { ImportSource, ImportSourceRequest } from "../../../app/importDataSource";
import { ImportControl, ImportProgress, isCancelled } from "../../../app/importDataTypes";
import type { ImportField } from "../../../core/import/importTypes";
import type { PresetName } from "../../../core/import/presets";
import type { Result } from "../../../core/model/result";
import type { DataOperations } from "../../dataOperations";
import type { StatusMessage } from "../../state/messages";
import { yieldToUi } from "../../state/yieldToUi";
import { cancelledMessage, importedMessage, importFailedMessage, importProblemMessage } from "./dataMessages";

export interface ImportState {
  /** The source being mapped; null before one is chosen and after an import. */
  source: ImportSource | null;
  detected: DetectedLayout | null;
  draft: MappingDraft | null;
  /** The dry run of the current draft; null while it runs. */
  preview: ImportPreview | null;
  /** Set while reading, checking or writing. */
  progress: ImportProgress | null;
  /** Whether the running work is the write (Import), which keeps the mapping step visible but locked. */
  committing: boolean;
  chooseFile(file: File): void;
  chooseTable(name: string): void;
  setPreset(preset: PresetName | null): void;
  setColumn(field: ImportField, column: string | null): void;
  commit(): void;
  /** Cancel while work runs: stops it at the next chunk (until writing starts). */
  stop(): void;
  /** Cancel in the mapping step: drops the source; nothing was written. */
  discard(): void;
}

/**
 * The Data view's import: read a source, then preview it again after every mapping change, then
 * write it. Each run has its own AbortController and number: a newer run aborts the one before,
 * whose result is then ignored. Outcomes go to `report`, the view's one status area.
 */
export function useImport(operations: DataOperations, report: (message: StatusMessage | null) => void): ImportState {
  const [source, setSource] = useState<ImportSource | null>(null);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [committing, setCommitting] = useState(false);
  const run = useRef<{ id: number; controller: AbortController } | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      run.current?.controller.abort();
    };
  }, []);

  /** Starts a run, aborting the previous one; `current()` tells whether its result may still be shown. */
  const begin = useCallback(() => {
    run.current?.controller.abort();
    const mine = { id: (run.current?.id ?? 0) + 1, controller: new AbortController() };
    run.current = mine;
    const current = () => mounted.current && run.current === mine;
    const control: ImportControl = { signal: mine.controller.signal, pause: yieldToUi, onProgress: (p) => current() && setProgress(p) };
    return { control, current, finish: () => current() && setProgress(null) };
  }, []);

  const reset = useCallback(() => {
    setSource(null);
    setDraft(null);
    setPreview(null);
  }, []);

  /** Shows a cancel as information and anything else as an error; either way the import starts over. */
  const giveUp = useCallback(
    (name: string, result: Result<unknown>) => {
      if (result.ok) return;
      reset();
      report(isCancelled(result) ? cancelledMessage(result.issues) : importProblemMessage(name, result.issues));
    },
    [reset, report],
  );

  const runPreview = useCallback(
    async (from: ImportSource, next: MappingDraft) => {
      const { control, current, finish } = begin();
      setDraft(next);
      setPreview(null);
      setProgress({ step: "checking", label: `Checking the rows of ${from.name}`, done: 0, total: from.dataRows, unit: "rows", cancellable: true });
      await yieldToUi();
      let result: Result<ImportPreview>;
      try {
        result = await operations.preview(from, next, control);
      } catch (error) {
        // A bug in the engine, not a problem with the file: say so rather than leave a spinner.
        result = { ok: false, issues: [{ code: "preview_failed", path: [from.name], message: `The preview failed: ${error instanceof Error ? error.message : String(error)}. Nothing was written.` }] };
      }
      if (!current()) return;
      finish();
      if (result.ok) setPreview(result.value);
      else giveUp(from.name, result);
    },
    [begin, giveUp, operations],
  );

  const read = useCallback(
    async (request: () => Promise<ImportSourceRequest>, name: string) => {
      report(null);
      reset();
      const { control, current, finish } = begin();
      setProgress({ step: "reading", label: `Reading ${name}`, done: 0, total: 1, unit: "tables", cancellable: true });
      await yieldToUi();
      try {
        const result = await operations.readSource(await request(), control);
        if (!current()) return;
        finish();
        if (!result.ok) return giveUp(name, result);
        setSource(result.value);
        await runPreview(result.value, draftForPreset(result.value.headers, detectLayout(result.value.headers)?.preset ?? null));
      } catch (error) {
        if (!current()) return;
        finish();
        report(importProblemMessage(name, [{ code: "read_failed", path: [name], message: `${name} could not be read: ${error instanceof Error ? error.message : String(error)}` }]));
      }
    },
    [begin, giveUp, operations, report, reset, runPreview],
  );

  const chooseFile = useCallback((file: File) => void read(async () => ({ kind: "csv", name: file.name, text: await file.text() }), file.name), [read]);
  const chooseTable = useCallback((name: string) => void read(async () => ({ kind: "table", name }), `table ${name}`), [read]);

  const setPreset = useCallback((preset: PresetName | null) => source && void runPreview(source, draftForPreset(source.headers, preset)), [runPreview, source]);
  const setColumn = useCallback((field: ImportField, column: string | null) => source && draft && void runPreview(source, assignColumn(draft, field, column)), [draft, runPreview, source]);

  const commit = useCallback(async () => {
    if (!preview) return;
    report(null);
    const { control, current, finish } = begin();
    setCommitting(true);
    setProgress({ step: "saving", label: "Preparing the import", done: 0, total: 1, unit: "tables", cancellable: true });
    await yieldToUi();
    try {
      const result = await operations.commit(preview, control);
      if (!current()) return;
      if (result.ok) {
        reset();
        report(importedMessage(result.value));
      } else if (isCancelled(result)) report(cancelledMessage(result.issues));
      else report(importProblemMessage(preview.sourceName, result.issues));
    } catch (error) {
      // The mapping stays: once the cause is fixed (a protected sheet, a cell being edited) Import can run again.
      if (current()) report(importFailedMessage(error));
    } finally {
      if (current()) setCommitting(false);
      finish();
    }
  }, [begin, operations, preview, report, reset]);

  const stop = useCallback(() => {
    if (progress?.cancellable) run.current?.controller.abort();
  }, [progress]);

  const discard = useCallback(() => {
    run.current?.controller.abort();
    run.current = null;
    setProgress(null);
    reset();
    report(cancelledMessage([{ code: "cancelled", path: [], message: "Nothing was written." }]));
  }, [report, reset]);

  const detected = useMemo(() => (source ? detectLayout(source.headers) : null), [source]);
  return { source, detected, draft, preview, progress, committing, chooseFile, chooseTable, setPreset, setColumn, commit: () => void commit(), stop, discard };
}
