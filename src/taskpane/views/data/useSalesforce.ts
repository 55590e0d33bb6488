import { useCallback, useEffect, useRef, useState } from "react";
import type { SalesforcePullProgress } from "../../../app/salesforcePull";
import { customFieldsText, DEFAULT_CONNECTION, loginHostFor, loginHostKind, type LoginHostKind, parseCustomFields, type SalesforceConnection } from "../../salesforceConnection";
import type { LastPull, SalesforceOperations, SalesforceUser } from "../../salesforceOperations";
import type { StatusMessage } from "../../state/messages";
import { yieldToUi } from "../../state/yieldToUi";
import { formulasRefreshedMessage, pullFailedMessage, pullSucceededMessage, sessionEndedMessage, signedInMessage, signInFailedMessage, unexpectedFailureMessage } from "./salesforceMessages";

/** The sign-in form as typed: nothing is checked or saved until Sign in. */
export interface ConnectionDraft {
  hostKind: LoginHostKind;
  myDomain: string;
  clientId: string;
  apiVersion: string;
  customFields: string;
}

/**
 * starting: looking for a remembered sign-in; closed: the card's first look (nothing read from the
 * workbook yet); loading: reading the workbook's connection settings; signedOut: the sign-in form.
 */
export type SalesforcePhase = "starting" | "closed" | "loading" | "signedOut" | "signingIn" | "signedIn";

export interface SalesforceCardState {
  phase: SalesforcePhase;
  draft: ConnectionDraft;
  /** Problems of the draft by field, shown under it. */
  draftErrors: Partial<Record<keyof ConnectionDraft, string>>;
  canRemember: boolean;
  remember: boolean;
  user: SalesforceUser | null;
  lastPull: LastPull | null;
  /** Keep the pull as a dated snapshot. */
  snapshot: boolean;
  progress: SalesforcePullProgress | null;
  /** What runs besides a pull: the SOQL refresh, the sign-out. */
  busy: "formulas" | "signOut" | null;
  /** Opens the sign-in form, reading the workbook's connection settings into it. */
  open(): void;
  setDraft(change: Partial<ConnectionDraft>): void;
  setRemember(remember: boolean): void;
  setSnapshot(snapshot: boolean): void;
  signIn(): void;
  signOut(): void;
  pull(mode: "full" | "changes"): void;
  cancel(): void;
  refreshFormulas(): void;
}

function draftOf(connection: SalesforceConnection): ConnectionDraft {
  const hostKind = loginHostKind(connection.loginHost);
  return { hostKind, myDomain: hostKind === "myDomain" ? connection.loginHost : "", clientId: connection.clientId, apiVersion: connection.apiVersion, customFields: customFieldsText(connection.customFields) };
}

/** The draft as settings to sign in with, or the problems per field. */
function connectionOf(draft: ConnectionDraft): { ok: true; connection: SalesforceConnection } | { ok: false; errors: SalesforceCardState["draftErrors"] } {
  const errors: SalesforceCardState["draftErrors"] = {};
  const loginHost = loginHostFor(draft.hostKind, draft.myDomain);
  if (draft.hostKind === "myDomain" && !loginHost) errors.myDomain = "Enter your org's My Domain URL, such as https://acme.my.salesforce.com.";
  if (!draft.clientId.trim()) errors.clientId = "Enter the connected app's consumer key (your Salesforce admin has it).";
  const apiVersion = draft.apiVersion.trim() || DEFAULT_CONNECTION.apiVersion;
  if (!/^\d+\.\d$/.test(apiVersion)) errors.apiVersion = 'Write the API version as "61.0".';
  const fields = parseCustomFields(draft.customFields);
  if (!fields.ok) errors.customFields = fields.message;
  if (Object.keys(errors).length > 0 || !fields.ok) return { ok: false, errors };
  return { ok: true, connection: { ...DEFAULT_CONNECTION, loginHost, clientId: draft.clientId.trim(), apiVersion, customFields: fields.fields } };
}

/**
 * The Salesforce card's state and actions: sign-in (a remembered one resumed at start), the pulls
 * with progress and Cancel, the SOQL refresh, and every outcome reported to the Data view's status area.
 */
export function useSalesforce(operations: SalesforceOperations, report: (message: StatusMessage | null) => void): SalesforceCardState {
  const [phase, setPhase] = useState<SalesforcePhase>("starting");
  const [draft, setDraftState] = useState<ConnectionDraft>(draftOf(DEFAULT_CONNECTION));
  const [draftErrors, setDraftErrors] = useState<SalesforceCardState["draftErrors"]>({});
  const [canRemember, setCanRemember] = useState(false);
  const [remember, setRememberState] = useState(false);
  const [user, setUser] = useState<SalesforceUser | null>(null);
  const [lastPull, setLastPull] = useState<LastPull | null>(null);
  const [snapshot, setSnapshot] = useState(false);
  const [progress, setProgress] = useState<SalesforcePullProgress | null>(null);
  const [busy, setBusy] = useState<SalesforceCardState["busy"]>(null);
  const connection = useRef<SalesforceConnection>(DEFAULT_CONNECTION);
  const pulling = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      pulling.current?.abort();
    };
  }, []);

  const loaded = useRef(false);
  /** The workbook's connection settings into the form, once. */
  const loadDraft = useCallback(async () => {
    if (loaded.current) return;
    const stored = await operations.loadConnection();
    loaded.current = true;
    if (!mounted.current) return;
    connection.current = stored;
    setDraftState(draftOf(stored));
  }, [operations]);

  // At start, only a sign-in remembered on this computer is looked for (and resumed, so SOQL cells work at once).
  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const start = await operations.start();
        if (!current) return;
        setCanRemember(start.canRemember);
        if (!start.remembered) {
          setPhase("closed");
          return;
        }
        connection.current = start.remembered;
        setDraftState(draftOf(start.remembered));
        setRememberState(true);
        setPhase("signingIn");
        const resumed = await operations.resume(start.remembered);
        if (!current) return;
        if (resumed.ok && resumed.value) {
          setUser(resumed.value);
          setPhase("signedIn");
          setLastPull(await operations.lastPull());
          return;
        }
        setRememberState(false);
        setPhase("signedOut");
        if (!resumed.ok) report(signInFailedMessage(resumed.failure, operations.origin));
      } catch (error) {
        if (!current) return;
        setPhase("closed");
        report(unexpectedFailureMessage("Resuming the Salesforce sign-in", error));
      }
    })();
    return () => {
      current = false;
    };
  }, [operations, report]);

  const open = useCallback(async () => {
    setPhase("loading");
    try {
      await loadDraft();
      const last = await operations.lastPull();
      if (!mounted.current) return;
      setLastPull(last);
      setSnapshot(last?.keepSnapshots ?? false);
    } catch (error) {
      if (mounted.current) report(unexpectedFailureMessage("Reading the Salesforce connection", error));
    } finally {
      if (mounted.current) setPhase("signedOut");
    }
  }, [loadDraft, operations, report]);

  useEffect(
    () =>
      operations.onSessionEnded((failure) => {
        if (!mounted.current) return;
        setUser(null);
        setPhase("signedOut");
        // A pull that met the expired session reports it itself, with what it did not write.
        if (!pulling.current) report(sessionEndedMessage(failure));
        void loadDraft().catch(() => undefined);
      }),
    [loadDraft, operations, report],
  );

  const setDraft = useCallback((change: Partial<ConnectionDraft>) => {
    setDraftState((previous) => ({ ...previous, ...change }));
    setDraftErrors((previous) => {
      const next = { ...previous };
      for (const key of Object.keys(change) as (keyof ConnectionDraft)[]) delete next[key];
      return next;
    });
  }, []);

  const signIn = useCallback(async () => {
    const checked = connectionOf(draft);
    if (!checked.ok) {
      setDraftErrors(checked.errors);
      return;
    }
    report(null);
    setPhase("signingIn");
    try {
      connection.current = checked.connection;
      // Saved with the workbook (no secrets in it), so whoever opens the file finds the org filled in.
      await operations.saveConnection(checked.connection);
      const signedIn = await operations.signIn(checked.connection, remember);
      if (!mounted.current) return;
      if (!signedIn.ok) {
        setPhase("signedOut");
        report(signInFailedMessage(signedIn.failure, operations.origin));
        return;
      }
      setUser(signedIn.value);
      setPhase("signedIn");
      report(signedInMessage(signedIn.value));
      const last = await operations.lastPull();
      if (!mounted.current) return;
      setLastPull(last);
      setSnapshot(last?.keepSnapshots ?? false);
    } catch (error) {
      if (!mounted.current) return;
      setPhase("signedOut");
      report(unexpectedFailureMessage("Signing in to Salesforce", error));
    }
  }, [draft, operations, remember, report]);

  const signOut = useCallback(async () => {
    setBusy("signOut");
    try {
      await operations.signOut();
      if (!mounted.current) return;
      setUser(null);
      setPhase("signedOut");
      setRememberState(false);
      report({ intent: "info", title: "Signed out of Salesforce", body: "SalesOps forgot your Salesforce session on this computer. The data already pulled stays in the workbook; SALESOPS.SOQL formulas show #N/A until you sign in again." });
    } finally {
      if (mounted.current) setBusy(null);
    }
  }, [operations, report]);

  const setRemember = useCallback(
    (next: boolean) => {
      setRememberState(next);
      void operations.setRemember(connection.current, next).then(
        () => mounted.current && setUser((previous) => (previous ? { ...previous, remembered: next } : previous)),
        (error: unknown) => report(unexpectedFailureMessage(next ? "Remembering the sign-in" : "Forgetting the sign-in", error)),
      );
    },
    [operations, report],
  );

  const pull = useCallback(
    async (mode: "full" | "changes") => {
      if (pulling.current) return;
      const controller = new AbortController();
      pulling.current = controller;
      report(null);
      setProgress({ step: "reading", label: "Reading the workbook's tables", done: 0, total: 1, unit: "tables", cancellable: true });
      try {
        const pulled = await operations.pull({ mode, snapshot }, { signal: controller.signal, pause: yieldToUi, onProgress: (p) => mounted.current && setProgress(p) });
        if (!mounted.current) return;
        if (pulled.ok) {
          report(pullSucceededMessage(pulled.value));
          setLastPull(await operations.lastPull());
        } else {
          report(pullFailedMessage(pulled.failure, operations.origin));
        }
      } catch (error) {
        if (mounted.current) report(unexpectedFailureMessage("The Salesforce pull", error));
      } finally {
        pulling.current = null;
        if (mounted.current) setProgress(null);
      }
    },
    [operations, report, snapshot],
  );

  const cancel = useCallback(() => pulling.current?.abort(), []);

  const refreshFormulas = useCallback(async () => {
    setBusy("formulas");
    try {
      const { formulas } = await operations.refreshFormulas();
      if (mounted.current) report(formulasRefreshedMessage(formulas));
    } finally {
      if (mounted.current) setBusy(null);
    }
  }, [operations, report]);

  return {
    phase,
    draft,
    draftErrors,
    canRemember,
    remember,
    user,
    lastPull,
    snapshot,
    progress,
    busy,
    open: () => void open(),
    setDraft,
    setRemember,
    setSnapshot,
    signIn: () => void signIn(),
    signOut: () => void signOut(),
    pull: (mode) => void pull(mode),
    cancel,
    refreshFormulas: () => void refreshFormulas(),
  };
}
