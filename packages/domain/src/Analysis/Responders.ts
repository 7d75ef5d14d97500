import type { Protocol } from "../Protocol.js"
import type { StudyColumns } from "./Columns.js"

/** Per-patient responder flags at 3 and 6 months, by the protocol's criteria (≥ 50 %, ≥ 30 %, NRS ≤ 2). */
export interface ResponderFlags {
  readonly reduction50: readonly [Uint8Array, Uint8Array]
  readonly reduction30: readonly [Uint8Array, Uint8Array]
  readonly nrsAtMost2: readonly [Uint8Array, Uint8Array]
}

/** Classifies every patient at 3 and 6 months. */
export const responders = (c: StudyColumns, protocol: Protocol): ResponderFlags => {
  const [first, second] = [
    protocol.responders.nrsReductionPercent[0] ?? 50,
    protocol.responders.nrsReductionPercent[1] ?? 30
  ]
  const at = (test: (b: number, m: number) => boolean, t: 1 | 2) => {
    const out = new Uint8Array(c.n)
    for (let i = 0; i < c.n; i++) out[i] = test(c.nrs[i * 3]!, c.nrs[i * 3 + t]!) ? 1 : 0
    return out
  }
  const reduction = (threshold: number) => (b: number, m: number) =>
    b > 0 && (100 * (b - m)) / b >= threshold - 1e-9
  const low = (_: number, m: number) => m <= protocol.responders.nrsAtMost
  return {
    reduction50: [at(reduction(first), 1), at(reduction(first), 2)],
    reduction30: [at(reduction(second), 1), at(reduction(second), 2)],
    nrsAtMost2: [at(low, 1), at(low, 2)]
  }
}
