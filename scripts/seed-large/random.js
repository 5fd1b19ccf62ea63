/**
 * A seeded pseudo-random generator (mulberry32), so that two runs of the large seed write the same
 * rows: every choice of the seed goes through one of these, never through Math.random.
 */
class Random {
  /** @param {string} seed */
  constructor(seed) {
    // FNV-1a of the seed text: the generator's 32-bit starting state.
    let h = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
    this.state = h >>> 0;
  }

  /** A uniform float in [0, 1). */
  next() {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A uniform 32-bit unsigned integer. */
  u32() {
    return Math.floor(this.next() * 4294967296) >>> 0;
  }

  /** An integer from `min` to `max`, both included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p) {
    return this.next() < p;
  }

  /**
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * One of the keys, with the probabilities given as weights.
   * @template {string} K
   * @param {Record<K, number>} weights
   * @returns {K}
   */
  weighted(weights) {
    const entries = /** @type {[K, number][]} */ (Object.entries(weights));
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /** A standard normal deviate (Box-Muller). */
  normal() {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /**
   * Shuffles in place (Fisher-Yates) and returns the array.
   * @template T
   * @param {T[]} items
   */
  shuffle(items) {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** A version-4 UUID from the generator's next 128 bits. */
  uuid() {
    const a = this.u32();
    const b = this.u32();
    const c = this.u32();
    const d = this.u32();
    return (
      `${HEX[a >>> 24]}${HEX[(a >>> 16) & 255]}${HEX[(a >>> 8) & 255]}${HEX[a & 255]}-${HEX[b >>> 24]}${HEX[(b >>> 16) & 255]}-` +
      `${HEX[((b >>> 8) & 0x0f) | 0x40]}${HEX[b & 255]}-${HEX[((c >>> 24) & 0x3f) | 0x80]}${HEX[(c >>> 16) & 255]}-` +
      `${HEX[(c >>> 8) & 255]}${HEX[c & 255]}${HEX[d >>> 24]}${HEX[(d >>> 16) & 255]}${HEX[(d >>> 8) & 255]}${HEX[d & 255]}`
    );
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

module.exports = { Random };
