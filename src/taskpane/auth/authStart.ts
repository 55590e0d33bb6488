/*
 * auth-start.html: the first page of the sign-in dialog. Office opens it on the add-in's own domain;
 * it checks the Salesforce authorize URL it was given (authPages.ts) and sends the window there.
 */
import { authorizeTarget } from "./authPages";

const target = authorizeTarget(window.location.href);
if (target.ok) {
  window.location.replace(target.url);
} else {
  const note = document.getElementById("note");
  if (note) note.textContent = `${target.reason} Close this window and choose Sign in in SalesOps again.`;
}
