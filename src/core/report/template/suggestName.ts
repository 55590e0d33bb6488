/**
 * "Did you mean …?" for a placeholder name the catalogue does not know: the known name closest by
 * edit distance (ignoring case), compared whole and by its last part, so `{{bookngs}}` finds
 * `kpi.bookings`. Names too far from every known one get no suggestion rather than a random one.
 */

/** Levenshtein distance: insertions, deletions and substitutions of one character. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/** How far off a name may be and still be a typo: two edits, or a third of its length for long names. */
const tolerance = (name: string) => Math.max(2, Math.floor(name.length / 3));

/**
 * The candidate closest to `name`, or null when none is close enough. Ties go to the first
 * candidate in sorted order, so the suggestion does not depend on the catalogue's order.
 *
 * @example closestName("kpi.bokings", ["period", "kpi.bookings"]) // "kpi.bookings"
 * @example closestName("bookings", ["period", "kpi.bookings"]) // "kpi.bookings"
 * @example closestName("zzz", ["period"]) // null
 */
export function closestName(name: string, candidates: readonly string[]): string | null {
  const wanted = name.toLowerCase();
  let best: { name: string; distance: number } | null = null;
  for (const candidate of [...candidates].sort()) {
    const known = candidate.toLowerCase();
    const lastPart = known.slice(known.lastIndexOf(".") + 1);
    const distance = Math.min(editDistance(wanted, known), editDistance(wanted, lastPart));
    if (distance <= tolerance(name) && (best === null || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name ?? null;
}
