/**
 * Open-addressing hash map from non-negative whole-number keys (below 2^53) to path counts, in
 * two flat Float64Arrays: the Fisher search keeps millions of such entries, and a `Map` with
 * non-Smi keys boxes each one (about three times the memory, and the GC pressure).
 */
export class PastTable {
  keys: Float64Array
  paths: Float64Array
  size = 0

  constructor(capacity = 8) {
    this.keys = new Float64Array(capacity).fill(Number.NaN)
    this.paths = new Float64Array(capacity)
  }

  /** Adds `paths` to the count of `key`. */
  add(key: number, paths: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow()
    const slot = this.find(key)
    if (Number.isNaN(this.keys[slot]!)) {
      this.keys[slot] = key
      this.size++
    }
    this.paths[slot] = this.paths[slot]! + paths
  }

  /** The slot holding `key`, or the empty slot where it belongs (linear probing). */
  private find(key: number): number {
    const mask = this.keys.length - 1
    const lo = key >>> 0
    const hi = Math.floor(key / 4294967296)
    let slot = (Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> 0) & mask
    for (;;) {
      const k = this.keys[slot]!
      if (k === key || Number.isNaN(k)) return slot
      slot = (slot + 1) & mask
    }
  }

  private grow(): void {
    const { keys, paths } = this
    this.keys = new Float64Array(keys.length * 2).fill(Number.NaN)
    this.paths = new Float64Array(keys.length * 2)
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!
      if (Number.isNaN(k)) continue
      const slot = this.find(k)
      this.keys[slot] = k
      this.paths[slot] = paths[i]!
    }
  }
}
