import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { LoadedSettings, SavedSettings } from "../../../app/settingsWorkbook";
import { changedSettings } from "../../../app/settingsWorkbookChecks";
import type { Result } from "../../../core/model/result";
import type { Settings } from "../../../core/model/settings";
import type { SettingsOperations } from "../../settingsOperations";
import type { StatusMessage } from "../../state/messages";
import { checkDraft, draftFromSettings, type DraftCheck, type SettingsDraft } from "./settingsDraft";
import { loadedMessage, savedMessage, saveFailedMessage, saveRefusedMessage } from "./settingsMessages";

export interface SettingsState {
  /** Null until the workbook's settings are read. */
  loaded: LoadedSettings | null;
  draft: SettingsDraft | null;
  check: DraftCheck | null;
  /** The form differs from the settings in force. */
  changed: boolean;
  canSave: boolean;
  saving: boolean;
  status: StatusMessage | null;
  setDraft(draft: SettingsDraft): void;
  save(): void;
  /** Saves the defaults; resolves once done, whatever the outcome (shown in the status). */
  reset(): Promise<void>;
  dismissStatus(): void;
}

/**
 * The Settings view's state: the form opens on the settings in force (read from the workbook at pane
 * start), is checked on every change with the same rules as a save, and is saved whole.
 */
export function useSettings(operations: SettingsOperations): SettingsState {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [baseline, setBaseline] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    void operations.load().then((result) => {
      if (!mounted.current) return;
      setLoaded(result);
      setBaseline(result.settings);
      setDraft(draftFromSettings(result.settings));
      setStatus(loadedMessage(result));
    });
    return () => {
      mounted.current = false;
    };
  }, [operations]);

  const check = useMemo(() => (draft ? checkDraft(draft) : null), [draft]);
  const changed = Boolean(check?.settings && baseline && changedSettings(baseline, check.settings).length > 0);
  // Unchanged settings are still worth saving when the workbook holds none, or none usable: that stores them.
  const canSave = Boolean(check?.settings) && !saving && (changed || loaded?.source !== "workbook");

  const finish = useCallback((before: Settings, saved: Result<SavedSettings>) => {
    if (!mounted.current) return;
    if (!saved.ok) {
      setStatus(saveRefusedMessage(saved.issues));
      return;
    }
    setBaseline(saved.value.settings);
    setLoaded({ settings: saved.value.settings, source: "workbook", issues: [], recalculated: saved.value.recalculated });
    setDraft(draftFromSettings(saved.value.settings));
    setStatus(savedMessage(saved.value, before));
  }, []);

  const run = useCallback(
    async (work: () => Promise<Result<SavedSettings>>) => {
      if (!baseline) return;
      setSaving(true);
      setStatus(null);
      try {
        finish(baseline, await work());
      } catch (error) {
        if (mounted.current) setStatus(saveFailedMessage(error));
      } finally {
        if (mounted.current) setSaving(false);
      }
    },
    [baseline, finish],
  );

  const save = useCallback(() => {
    const settings = check?.settings;
    if (settings && !saving) void run(() => operations.save(settings));
  }, [check, operations, run, saving]);

  const reset = useCallback(() => run(() => operations.reset()), [operations, run]);
  const dismissStatus = useCallback(() => setStatus(null), []);
  return { loaded, draft, check, changed, canSave, saving, status, setDraft, save, reset, dismissStatus };
}
