/**
 * A 32-bit hash of a string (FNV-1a over UTF-16 code units). The engine hashes each credited deal's
 * id once, in data order, so later steps can compare ids by number and read a string only to
 * confirm a match.
 * @example idHash("OPP-0000001") === idHash("OPP-0000001") // true
 */
export function idHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}
