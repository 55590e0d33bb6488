/**
 * Writes the .xlsx package (a ZIP file, ECMA-376 Part 2 / PKWARE APPNOTE 6.3) with Node's native
 * zlib. JSZip compresses with pako, JavaScript on the main thread; a report with a million-row data
 * sheet has several hundred megabytes of XML to compress, which native deflate does several times
 * faster — and off the main thread, so the next chunk of rows is built while the last one is
 * compressed.
 */
import { once } from "events";
import zlib from "zlib";
import { crc32 } from "./crc32";

export interface PackageEntry {
  /** The part's path in the package, e.g. "xl/worksheets/sheet1.xml". */
  name: string;
  /** Its bytes, or its bytes in order (consumed once, as they are compressed). */
  content: Buffer | Iterable<Buffer>;
  /** Called with each chunk of `content` once it is compressed, so its memory can be reused. */
  release?: (chunk: Buffer) => void;
}

/** zlib's level 6 (its default) costs about twice level 1 for 20% smaller files; level 3 keeps most of the size for less CPU. */
const LEVEL = 3;
/** Compressed bytes per output buffer: few large buffers rather than zlib's default 16 kB pieces. */
const OUTPUT_CHUNK = 1 << 18;
/** Input the compressor may hold before the builder waits: a few chunks, so both keep working. */
const QUEUED_INPUT = 6 << 20;
const ZIP_LIMIT = 0xffffffff;
/** 1980-01-01 00:00, the first DOS date: a fixed time makes the same parts the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

interface Compressed {
  name: Buffer;
  flags: number;
  crc: number;
  size: number;
  data: Buffer[];
  compressedSize: number;
}

/** One deflate stream over the chunks, fed as fast as it compresses them. */
async function deflateChunks(chunks: Iterable<Buffer>, release: (chunk: Buffer) => void): Promise<{ crc: number; size: number; data: Buffer[] }> {
  // zlib passes these options on to its Transform stream; its option type leaves them out.
  const options: zlib.ZlibOptions & { writableHighWaterMark: number } = { level: LEVEL, chunkSize: OUTPUT_CHUNK, writableHighWaterMark: QUEUED_INPUT };
  const deflate = zlib.createDeflateRaw(options);
  const data: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => data.push(chunk));
  const ended = once(deflate, "end");
  let crc = 0;
  let size = 0;
  try {
    for (const chunk of chunks) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (!deflate.write(chunk, () => release(chunk))) await once(deflate, "drain");
    }
  } catch (error) {
    deflate.destroy();
    throw error;
  }
  deflate.end();
  await ended;
  return { crc, size, data };
}

async function compress(entry: PackageEntry): Promise<Compressed> {
  const ascii = /^[\x20-\x7e]*$/.test(entry.name);
  const { crc, size, data } = Buffer.isBuffer(entry.content)
    ? { crc: crc32(entry.content), size: entry.content.length, data: [zlib.deflateRawSync(entry.content, { level: LEVEL })] }
    : await deflateChunks(entry.content, entry.release ?? (() => undefined));
  const compressedSize = data.reduce((sum, chunk) => sum + chunk.length, 0);
  if (size > ZIP_LIMIT || compressedSize > ZIP_LIMIT) throw new Error(`The part ${entry.name} is over 4 GB, more than a ZIP file without ZIP64 extensions holds.`);
  return { name: Buffer.from(entry.name, "utf8"), flags: ascii ? 0 : UTF8_NAMES, crc, size, data, compressedSize };
}

/** The fields local and central headers share, from "version needed" to the extra field's length. */
function commonFields(entry: Compressed): Buffer {
  const fields = Buffer.alloc(26);
  fields.writeUInt16LE(20, 0); // version needed: 2.0, deflate
  fields.writeUInt16LE(entry.flags, 2);
  fields.writeUInt16LE(8, 4); // method: deflate
  fields.writeUInt16LE(DOS_TIME, 6);
  fields.writeUInt16LE(DOS_DATE, 8);
  fields.writeUInt32LE(entry.crc >>> 0, 10);
  fields.writeUInt32LE(entry.compressedSize, 14);
  fields.writeUInt32LE(entry.size, 18);
  fields.writeUInt16LE(entry.name.length, 22);
  fields.writeUInt16LE(0, 24); // extra field length
  return fields;
}

function localHeader(entry: Compressed): Buffer {
  const signature = Buffer.alloc(4);
  signature.writeUInt32LE(0x04034b50, 0);
  return Buffer.concat([signature, commonFields(entry), entry.name]);
}

function centralHeader(entry: Compressed, offset: number): Buffer {
  const head = Buffer.alloc(6);
  head.writeUInt32LE(0x02014b50, 0);
  head.writeUInt16LE(20, 4); // version made by: 2.0, MS-DOS attributes
  const tail = Buffer.alloc(14);
  tail.writeUInt16LE(0, 0); // comment length
  tail.writeUInt16LE(0, 2); // disk number
  tail.writeUInt16LE(0, 4); // internal attributes
  tail.writeUInt32LE(0, 6); // external attributes
  tail.writeUInt32LE(offset, 10);
  return Buffer.concat([head, commonFields(entry), tail, entry.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk with the directory
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // comment length
  return end;
}

/**
 * The package's bytes, entries in the order given (`[Content_Types].xml` first, by convention).
 *
 * @example await zipPackage([{ name: "[Content_Types].xml", content: Buffer.from(types) }, { name: "xl/worksheets/sheet1.xml", content: sheetChunks }])
 */
export async function zipPackage(entries: readonly PackageEntry[]): Promise<Buffer> {
  if (entries.length > 0xffff) throw new Error("A ZIP file without ZIP64 extensions holds at most 65,535 parts.");
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const compressed = await compress(entry);
    const header = localHeader(compressed);
    central.push(centralHeader(compressed, offset));
    parts.push(header, ...compressed.data);
    offset += header.length + compressed.compressedSize;
    if (offset > ZIP_LIMIT) throw new Error("The package is over 4 GB, more than a ZIP file without ZIP64 extensions holds.");
  }
  const directorySize = central.reduce((sum, header) => sum + header.length, 0);
  return Buffer.concat([...parts, ...central, endOfCentralDirectory(entries.length, directorySize, offset)]);
}
