/**
 * CRC-32 (ISO 3309, the checksum ZIP stores per part). Node has it natively from 20.15 and 22.2;
 * earlier Node 20 releases, which package.json still allows, get the table-driven version.
 */
import zlib from "zlib";

let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

function portableCrc32(data: Uint8Array, previous: number): number {
  const t = crcTable();
  let crc = ~previous >>> 0;
  for (let i = 0; i < data.length; i += 1) crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/**
 * The running CRC of `data` after the bytes that gave `previous` (0 to start).
 * @example crc32(Buffer.from("123456789")) // 0xcbf43926
 */
export function crc32(data: Uint8Array, previous = 0): number {
  return native ? native(data, previous) : portableCrc32(data, previous);
}

/** The JavaScript version, exported for its test against the native one. */
export { portableCrc32 };
