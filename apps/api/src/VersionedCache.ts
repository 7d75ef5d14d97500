/**
 * Answers computed at a data version, kept until the version moves on (every clinical write moves it, in
 * this process or another): a read at the same version gets the same answer. Bounded: past `capacity`
 * entries the oldest goes first.
 */
export class VersionedCache<A> {
  private version = -1
  private readonly entries = new Map<string, A>()

  constructor(private readonly capacity: number) {}

  get(version: string, key: string): A | undefined {
    return Number(version) === this.version ? this.entries.get(key) : undefined
  }

  /** Keeps `value`, computed from data at least as new as `version`; an answer older than the kept ones is dropped. */
  set(version: string, key: string, value: A): void {
    const v = Number(version)
    if (v < this.version) return
    if (v > this.version) {
      this.version = v
      this.entries.clear()
    }
    if (this.entries.size >= this.capacity && !this.entries.has(key))
      this.entries.delete(this.entries.keys().next().value as string)
    this.entries.set(key, value)
  }
}
