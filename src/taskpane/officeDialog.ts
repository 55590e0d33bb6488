/*
 * The Office Dialog API (Office.context.ui.displayDialogAsync) as one promise: open a page in Office's
 * dialog window, resolve with the first message the page sends with Office.context.ui.messageParent,
 * and close the window. The user closing the window, Office refusing to open it, or the caller
 * aborting reject with an OfficeDialogError whose code is Office's (12006 closed by the user…).
 * The pane's Salesforce sign-in is the one user (salesforceOperations.ts).
 */

/** What of Office's namespace the dialog needs; `Office` itself fits. */
export interface OfficeDialogHost {
  context: { ui: Pick<Office.UI, "displayDialogAsync"> };
  EventType: Pick<typeof Office.EventType, "DialogMessageReceived" | "DialogEventReceived">;
  AsyncResultStatus: Pick<typeof Office.AsyncResultStatus, "Failed">;
}

/** Office's dialog error codes this add-in tells apart (learn.microsoft.com, "Errors and events in the Office dialog box"). */
export const DIALOG_ERRORS = {
  /** The dialog could not load a page: no page at the address, or it is unreachable. */
  pageNotLoaded: 12002,
  /** The dialog was sent to an http:// address. */
  insecureUrl: 12003,
  /** The first page is not on the add-in's own domain (or AppDomains). */
  untrustedDomain: 12004,
  /** The first page's address is http://. */
  httpsRequired: 12005,
  /** The user closed the dialog. */
  closedByUser: 12006,
  /** A dialog of this add-in is already open. */
  alreadyOpen: 12007,
  /** The user chose to ignore the dialog (Office on the web's "allow the pop-up?" prompt). */
  ignoredByUser: 12009,
  /** The browser's pop-up blocker stopped it (Office on the web). */
  popupBlocked: 12011,
  /** Not one of Office's codes: the caller aborted. */
  aborted: -1,
} as const;

/** A dialog that ended without a message. `code` is Office's error code (DIALOG_ERRORS). */
export class OfficeDialogError extends Error {
  override name = "OfficeDialogError";
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export interface DialogRequest {
  /** The first page: Office requires it on the add-in's own domain, over https. */
  url: string;
  /** Percent of the screen (Office's defaults are 80 × 80; a sign-in page needs less). */
  width?: number;
  height?: number;
  /** Aborting closes the dialog and rejects with code DIALOG_ERRORS.aborted. */
  signal?: AbortSignal;
}

export interface DialogMessage {
  message: string;
  /** The origin of the page that sent it (DialogApi 1.2); null when Office does not say. */
  origin: string | null;
}

/** Opens pages in Office's dialog; the pane's port for sign-in. */
export interface OfficeDialog {
  /** Resolves with the first message of the page, after closing the dialog; rejects with OfficeDialogError. */
  open(request: DialogRequest): Promise<DialogMessage>;
}

/**
 * The dialog over Office's namespace.
 * @example const { message } = await officeDialog(Office).open({ url: `${location.origin}/auth-start.html?…` });
 */
export function officeDialog(office: OfficeDialogHost): OfficeDialog {
  return {
    open: (request) =>
      new Promise<DialogMessage>((resolve, reject) => {
        const { signal } = request;
        if (signal?.aborted) {
          reject(new OfficeDialogError(DIALOG_ERRORS.aborted, "The dialog was not opened: cancelled."));
          return;
        }
        let dialog: Office.Dialog | null = null;
        let done = false;
        const finish = (outcome: () => void) => {
          if (done) return;
          done = true;
          signal?.removeEventListener("abort", onAbort);
          try {
            dialog?.close();
          } catch {
            // Closing a dialog the user already closed throws in some builds; it is closed either way.
          }
          outcome();
        };
        const onAbort = () => finish(() => reject(new OfficeDialogError(DIALOG_ERRORS.aborted, "The dialog was closed: cancelled.")));
        signal?.addEventListener("abort", onAbort);
        office.context.ui.displayDialogAsync(request.url, { width: request.width ?? 40, height: request.height ?? 70, displayInIframe: false }, (result) => {
          if (result.status === office.AsyncResultStatus.Failed) {
            finish(() => reject(new OfficeDialogError(result.error.code, result.error.message)));
            return;
          }
          dialog = result.value;
          if (done) {
            // Aborted while Office was opening it.
            dialog.close();
            return;
          }
          dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
            if (!("message" in arg)) return;
            const origin = "origin" in arg && typeof arg.origin === "string" ? arg.origin : null;
            finish(() => resolve({ message: arg.message, origin }));
          });
          dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
            const code = "error" in arg && typeof arg.error === "number" ? arg.error : DIALOG_ERRORS.closedByUser;
            finish(() => reject(new OfficeDialogError(code, `The dialog ended (Office code ${code}).`)));
          });
        });
      }),
  };
}
