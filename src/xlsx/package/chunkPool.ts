/**
 * Reusable byte chunks for a part streamed into the package. A million-row sheet is several
 * hundred megabytes of XML; a fresh buffer per chunk counts as external memory to V8, which answers
 * its growth with full collections of the whole heap (the report's data included) every few
 * chunks. Handing compressed chunks back for reuse keeps that memory flat.
 */
export class ChunkPool {
  private readonly free: Buffer[] = [];

  constructor(readonly chunkBytes: number) {}

  /** A chunk of at least `bytes` (the pool's size unless more is asked), owned by the caller until released. */
  acquire(bytes = this.chunkBytes): Buffer {
    if (bytes <= this.chunkBytes) {
      const reused = this.free.pop();
      if (reused) return reused;
    }
    return Buffer.allocUnsafe(Math.max(bytes, this.chunkBytes));
  }

  /**
   * Gives a chunk (or a view that starts at its first byte) back once nothing reads it any more.
   * @example pool.release(chunk.subarray(0, used))
   */
  release(chunk: Buffer): void {
    // Only whole chunks of the pool's size go back; larger ones (a giant row) are left to the collector.
    if (chunk.byteOffset === 0 && chunk.buffer.byteLength === this.chunkBytes) this.free.push(Buffer.from(chunk.buffer, 0, this.chunkBytes));
  }
}
