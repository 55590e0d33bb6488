/*
 * Office's dialog, as Excel on the web runs it, for the built pane in Chromium (officeShim.ts installs it):
 *
 *  - `Office.context.ui.displayDialogAsync(url, options, callback)` refuses a first page that is not
 *    on the pane's own origin (12004, as Office does for a domain that is not the add-in's) and a
 *    second dialog while one is open (12007); otherwise it calls back with a Dialog and loads the
 *    page in a hidden iframe, a real browsing context: the page runs, redirects (auth-start →
 *    Salesforce's authorize endpoint → its 302 to auth-callback?code&state) and loads office.js and
 *    this shim again, where
 *  - `Office.context.ui.messageParent(message)` (installed in a page that runs inside such an
 *    iframe) delivers the message to the pane's DialogMessageReceived handlers, with the sender's
 *    origin, asynchronously, as Office does.
 *  - `dialog.close()` removes the iframe; a message sent after it is dropped.
 *  - In the "userCloses" mode the user closes the window before anything comes back: the handlers
 *    get DialogEventReceived with error 12006 and the page is never loaded.
 *
 * Not modelled: Office on the web's "allow the pop-up?" prompt (12009), the https requirement (the
 * tests serve the pane over http on 127.0.0.1; Office would answer 12005), the window's size and
 * messageChild.
 */

/** How the next dialogs end: the page runs to its messageParent, or the user closes the window at once. */
export type DialogMode = "complete" | "userCloses";

/** One dialog the add-in opened, for the test to check. */
export interface DialogRecord {
  startAddress: string;
  options: unknown;
  /** Refused by "Office" (see `error`), open, or closed. */
  state: "refused" | "open" | "closed";
  /** Who closed it: the add-in (dialog.close()) or the user (12006). */
  closedBy: "addin" | "user" | null;
  /** Office's error code when refused or closed by the user. */
  error: number | null;
  /** The address the dialog's page was at when it sent its first message (after its redirects). */
  messagedFrom: string | null;
  /** The messages the page sent (with the origin they came from), delivered or dropped. */
  messages: { message: string; origin: string; delivered: boolean }[];
}

export interface DialogFakeApi {
  setMode(mode: DialogMode): void;
  records(): DialogRecord[];
}

type Handler = (arg: unknown) => void;

interface DialogBridge {
  deliver(frame: Window, message: string, origin: string, from: string): void;
}

/** The property of the pane's window through which a dialog page's shim reaches the pane's fake. */
const BRIDGE = "__officeDialogBridge";
const DIALOG_FRAME_ATTRIBUTE = "data-office-dialog";

const MESSAGE_EVENT = "dialogMessageReceived";
const DIALOG_EVENT = "dialogEventReceived";

function failed(code: number, message: string) {
  return { status: "failed", value: undefined, error: { code, name: "Dialog error", message }, asyncContext: undefined };
}

/** The pane side: displayDialogAsync over hidden iframes, and the test's view of it. */
export function createDialogFake(win: Window): { displayDialogAsync: (...args: unknown[]) => void; api: DialogFakeApi } {
  let mode: DialogMode = "complete";
  const records: DialogRecord[] = [];
  interface OpenDialog {
    record: DialogRecord;
    frame: HTMLIFrameElement | null;
    handlers: Map<string, Handler[]>;
  }
  let open: OpenDialog | null = null;

  const fire = (handlers: Map<string, Handler[]>, type: string, arg: unknown) => {
    for (const handler of handlers.get(type) ?? []) handler(arg);
  };
  const end = (closedBy: "addin" | "user", error: number | null = null) => {
    if (!open) return;
    open.record.state = "closed";
    open.record.closedBy = closedBy;
    open.record.error = error;
    open.frame?.remove();
    open = null;
  };

  const bridge: DialogBridge = {
    deliver(frame, message, origin, from) {
      const current = open;
      const delivered = Boolean(current && current.frame?.contentWindow === frame);
      const record = current?.record ?? records[records.length - 1];
      record?.messages.push({ message, origin, delivered });
      if (!current || !delivered) return;
      current.record.messagedFrom ??= from;
      // Office delivers asynchronously, from its own message channel.
      setTimeout(() => {
        if (open !== current) return;
        fire(current.handlers, MESSAGE_EVENT, { type: MESSAGE_EVENT, message, origin });
      }, 0);
    },
  };
  (win as unknown as Record<string, unknown>)[BRIDGE] = bridge;

  function displayDialogAsync(...args: unknown[]): void {
    const startAddress = String(args[0]);
    const callback = args.find((arg, i) => i > 0 && typeof arg === "function") as ((result: unknown) => void) | undefined;
    const options = args.length > 2 || typeof args[1] !== "function" ? args[1] : undefined;
    const record: DialogRecord = { startAddress, options: options ?? null, state: "refused", closedBy: null, error: null, messagedFrom: null, messages: [] };
    records.push(record);
    const answer = (result: unknown) => setTimeout(() => callback?.(result), 0);
    let url: URL;
    try {
      url = new URL(startAddress);
    } catch {
      record.error = 12002;
      answer(failed(12002, "The dialog box could not load the page: the address is not valid."));
      return;
    }
    if (url.origin !== win.location.origin) {
      record.error = 12004;
      answer(failed(12004, "The domain of the URL is not included in the AppDomains element in the manifest, and is not the add-in's domain."));
      return;
    }
    if (open) {
      record.error = 12007;
      answer(failed(12007, "A dialog box is already opened from this host window."));
      return;
    }
    record.state = "open";
    const handlers = new Map<string, Handler[]>();
    const current: OpenDialog = { record, frame: null, handlers };
    open = current;
    const dialog = {
      addEventHandler(type: string, handler: Handler, optionsOrCallback?: unknown, maybeCallback?: unknown) {
        handlers.set(type, [...(handlers.get(type) ?? []), handler]);
        const done = [optionsOrCallback, maybeCallback].find((arg) => typeof arg === "function") as ((result: unknown) => void) | undefined;
        done?.({ status: "succeeded", value: undefined, asyncContext: undefined });
      },
      close() {
        if (open === current) end("addin");
      },
      messageChild() {
        throw new Error("Dialog.messageChild is not modelled by the dialog fake (test/e2e/inExcel/dialogFake.ts).");
      },
      sendMessage() {
        throw new Error("Dialog.sendMessage is not modelled by the dialog fake.");
      },
    };
    answer({ status: "succeeded", value: dialog, error: undefined, asyncContext: undefined });
    if (mode === "userCloses") {
      // The user closes the window before the page comes back: Office reports 12006.
      setTimeout(() => {
        if (open !== current) return;
        end("user", 12006);
        fire(handlers, DIALOG_EVENT, { type: DIALOG_EVENT, error: 12006 });
      }, 20);
      return;
    }
    // Loaded after the callback, as Office shows the window once it has answered.
    setTimeout(() => {
      if (open !== current) return;
      const frame = win.document.createElement("iframe");
      frame.setAttribute(DIALOG_FRAME_ATTRIBUTE, String(records.length));
      frame.setAttribute("aria-hidden", "true");
      frame.setAttribute("tabindex", "-1");
      frame.title = "Office dialog (test fake)";
      frame.style.cssText = "position:absolute;width:1px;height:1px;left:-10000px;top:0;border:0;";
      frame.src = startAddress;
      current.frame = frame;
      win.document.body.appendChild(frame);
    }, 10);
  }

  return {
    displayDialogAsync,
    api: {
      setMode: (next) => {
        mode = next;
      },
      records: () => records.map((r) => ({ ...r, messages: r.messages.map((m) => ({ ...m })) })),
    },
  };
}

/**
 * The dialog page side: when this window is a dialog iframe of the fake, `messageParent` hands the
 * message to the pane's fake; otherwise null (the shim runs in the pane itself).
 */
export function dialogPageUi(win: Window): { messageParent(message: string, options?: unknown): void } | null {
  let frame: Element | null = null;
  try {
    frame = win.frameElement;
  } catch {
    return null;
  }
  if (!frame || !frame.hasAttribute(DIALOG_FRAME_ATTRIBUTE)) return null;
  const parent = win.parent as unknown as Record<string, DialogBridge | undefined>;
  return {
    messageParent(message: string) {
      if (typeof message !== "string") throw new Error("messageParent takes a string (or a boolean, which this fake does not model).");
      parent[BRIDGE]?.deliver(win, message, win.location.origin, win.location.href);
    },
  };
}

/** OfficeRuntime.storage: the add-in's key-value store on this computer, here a Map the test can read. */
export function createRuntimeStorage(): { storage: Record<string, unknown>; items(): Record<string, string> } {
  const items = new Map<string, string>();
  const check = (key: unknown) => {
    if (typeof key !== "string" || key === "") throw new Error("OfficeRuntime.storage keys are non-empty strings.");
  };
  const storage = {
    getItem: async (key: string) => {
      check(key);
      return items.get(key) ?? null;
    },
    setItem: async (key: string, value: string) => {
      check(key);
      if (typeof value !== "string") throw new Error("OfficeRuntime.storage values are strings.");
      items.set(key, value);
    },
    removeItem: async (key: string) => {
      check(key);
      items.delete(key);
    },
    getItems: async (keys: string[]) => Object.fromEntries(keys.map((key) => [key, items.get(key) ?? null])),
    setItems: async (values: Record<string, string>) => {
      for (const [key, value] of Object.entries(values)) items.set(key, value);
    },
    removeItems: async (keys: string[]) => {
      for (const key of keys) items.delete(key);
    },
    getKeys: async () => [...items.keys()],
  };
  return { storage, items: () => Object.fromEntries(items) };
}
