import type { Protocol } from "../Protocol.js"
import type { StudyColumns } from "./Columns.js"

/** Per-patient responder flags at 3 and 6 months, by the protocol's criteria (≥ 50 %, ≥ 30 %, NRS ≤ 2). */
export interface ResponderFlags {
  readonly reduction50: readonly [Uint8Array, Uint8Array]
  readonly reduction30: readonly [Uint8Array, Uint8Array]
  readonly nrsAtMost2: readonly [Uint8Array, Uint8Array]
}

/** Classifies every patient at 3 and 6 months, in one pass. */
export const responders = (c: StudyColumns, protocol: Protocol): ResponderFlags => {
  const [first, second] = [
    protocol.responders.nrsReductionPercent[0] ?? 50,
    protocol.responders.nrsReductionPercent[1] ?? 30
  ]
  const atMost = protocol.responders.nrsAtMost
  const [r50m3, r50m6, r30m3, r30m6, lowM3, lowM6] = Array.from({ length: 6 }, () => new Uint8Array(c.n))
  const reduced = (b: number, m: number, threshold: number) =>
    b > 0 && (100 * (b - m)) / b >= threshold - 1e-9
  for (let i = 0; i < c.n; i++) {
    const [b, m3, m6] = [c.nrs[i * 3]!, c.nrs[i * 3 + 1]!, c.nrs[i * 3 + 2]!]
    r50m3![i] = reduced(b, m3, first) ? 1 : 0
    r50m6![i] = reduced(b, m6, first) ? 1 : 0
    r30m3![i] = reduced(b, m3, second) ? 1 : 0
    r30m6![i] = reduced(b, m6, second) ? 1 : 0
    lowM3![i] = m3 <= atMost ? 1 : 0
    lowM6![i] = m6 <= atMost ? 1 : 0
  }
  return { reduction50: [r50m3!, r50m6!], reduction30: [r30m3!, r30m6!], nrsAtMost2: [lowM3!, lowM6!] }
}
