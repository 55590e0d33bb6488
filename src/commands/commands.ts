/*
 * Ribbon commands. They run in the shared runtime, so a command can open the task pane or call the
 * same app use cases the pane calls. "Generate QBR" opens the pane until report generation lands.
 */

/** Opens the task pane; Office needs `event.completed()` whatever happens, or the button stays busy. */
export async function generateQbr(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

Office.onReady((info) => {
  // Outside Office (a plain browser) there is no ribbon to associate with.
  if (info.host === null || info.host === undefined) return;
  Office.actions.associate("generateQbr", generateQbr);
});
