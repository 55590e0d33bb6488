/**
 * Resolves after the browser has had a chance to paint: the spinner set just before heavy work must
 * show, and a click handler must return before the work starts. requestAnimationFrame runs before the
 * next paint, so the timeout after it runs after that paint; without rAF (tests, a hidden pane, where
 * rAF may not fire at all) a plain timeout is enough.
 */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => {
    const visible = typeof document === "undefined" || document.visibilityState !== "hidden";
    if (typeof requestAnimationFrame === "function" && visible) requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}
