// Bit sets over small non-negative integers (UTF-16 code units, hashed keys), as Int32Array words.
// Why bits: the tables asked at every character of a page are mostly asked cold (the rest of the
// extraction pushes them out of the processor's caches between scans); 8 kB of bits for all 65,536
// code units costs a few cache misses per scan where a byte or a pointer per code unit cost one per
// character (bench:extract, docs in README).

/** A set able to hold 0 … size - 1, empty. */
export const bitSet = (size: number): Int32Array => new Int32Array((size + 31) >> 5);

export function setBit(bits: Int32Array, i: number): void {
  bits[i >> 5] |= 1 << (i & 31);
}

export function hasBit(bits: Int32Array, i: number): boolean {
  return (bits[i >> 5] & (1 << (i & 31))) !== 0;
}
