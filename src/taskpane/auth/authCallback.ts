/*
 * auth-callback.html: where Salesforce sends the sign-in window back (the connected app's callback
 * URL). It hands its own address, with the authorization code (or the error) and the state, to the
 * task pane, which closes the window and finishes the sign-in. The code is useless without the PKCE
 * verifier, which never left the pane.
 */
const note = document.getElementById("note");

if (typeof Office === "undefined") {
  if (note) note.textContent = "This page finishes signing in to Salesforce from SalesOps in Excel. Open SalesOps → Data and choose Sign in.";
} else {
  void Office.onReady(() => {
    try {
      Office.context.ui.messageParent(window.location.href);
    } catch {
      if (note) note.textContent = "This page finishes signing in to Salesforce from SalesOps in Excel. Open SalesOps → Data and choose Sign in.";
    }
  });
}
