/**
 * The placeholder syntax of custom report templates, as a scanner over one text cell:
 * `{{name}}` (spaces inside the braces allowed), `{{#each list}}` opening a row block and
 * `{{/each}}` closing it. Text around and between placeholders is kept as it is.
 */

export type TextPart =
  | { kind: "text"; text: string }
  /** A value placeholder; `name` is trimmed ("kpi.bookings"). */
  | { kind: "value"; name: string; raw: string }
  | { kind: "open"; list: string; raw: string }
  /** `list` when written `{{/each reps}}`. */
  | { kind: "close"; list: string | null; raw: string }
  /** Braces whose inside is not a name or block marker ("{{kpi bookings}}", "{{#if x}}"). */
  | { kind: "invalid"; inner: string; raw: string };

/** Names are dotted identifiers: `period`, `kpi.bookings`, `reps.name`. */
export const PLACEHOLDER_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** `{{` then anything but braces then `}}`: the shortest match, so two placeholders in a row stay two. */
const BRACES = /\{\{([^{}]*)\}\}/g;

function classify(inner: string, raw: string): TextPart {
  const trimmed = inner.trim();
  const open = /^#each\s+(\S+)$/.exec(trimmed);
  if (open && PLACEHOLDER_NAME.test(open[1])) return { kind: "open", list: open[1], raw };
  const close = /^\/each(?:\s+(\S+))?$/.exec(trimmed);
  if (close && (close[1] === undefined || PLACEHOLDER_NAME.test(close[1]))) return { kind: "close", list: close[1] ?? null, raw };
  if (PLACEHOLDER_NAME.test(trimmed)) return { kind: "value", name: trimmed, raw };
  return { kind: "invalid", inner: trimmed, raw };
}

/**
 * The text split into literal text and placeholders, in order; joining every part's text (or raw)
 * gives the input back. Unmatched braces are plain text.
 *
 * @example scanText("Bookings {{ period }}")
 * // [{ kind: "text", text: "Bookings " }, { kind: "value", name: "period", raw: "{{ period }}" }]
 * @example scanText("{{#each reps}}")[0] // { kind: "open", list: "reps", raw: "{{#each reps}}" }
 */
export function scanText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(BRACES)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ kind: "text", text: text.slice(last, at) });
    parts.push(classify(match[1], match[0]));
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/**
 * Whether a cell's text holds anything in double braces — what makes a sheet a template.
 * @example hasPlaceholder("Total {{period}}") // true
 * @example hasPlaceholder("{ not one }") // false
 */
export function hasPlaceholder(text: string): boolean {
  return /\{\{[^{}]*\}\}/.test(text);
}
