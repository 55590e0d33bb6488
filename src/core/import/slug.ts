/**
 * A stable id from a display name, for accounts and reps an export names but does not identify:
 * the same name always gives the same id, across imports and machines.
 * @example slugId("Moses Frase") // "moses-frase"
 * @example slugId("Müller & Söhne GmbH") // "muller-sohne-gmbh"
 */
export function slugId(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Like slugId, but never empty: a name with no Latin letters or digits (e.g. "山田 太郎") gets a
 * short hash of itself, still the same for the same name.
 * @example stableId("山田 太郎").startsWith("id-") // true
 */
export function stableId(name: string): string {
  const slug = slugId(name);
  if (slug) return slug;
  // FNV-1a: tiny, deterministic, good enough to tell names apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i += 1) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return `id-${hash.toString(16).padStart(8, "0")}`;
}
