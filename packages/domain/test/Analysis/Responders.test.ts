import { assert, describe, it } from "@effect/vitest"
import type { StudyColumns } from "../../src/Analysis/Columns.js"
import { responders } from "../../src/Analysis/Responders.js"
import { Protocol } from "../../src/index.js"

describe("Analysis responders", () => {
  it("classifies by ≥ 50 %, ≥ 30 % reduction and NRS ≤ 2, at 3 and 6 months, exactly at the thresholds", () => {
    // baseline 10 → 5 (50 %) → 7 (30 %); 10 → 8 (20 %) → 2 (80 %); 0 → 0 (no baseline pain: no reduction)
    const nrs = Float64Array.from([10, 5, 7, 10, 8, 2, 0, 0, 0])
    const none = new Uint8Array(3)
    const zero = new Float64Array(3)
    const columns: StudyColumns = {
      n: 3,
      nrs,
      ...{ female: none, right: none, left: none, positiveBlock: none, treated: none },
      ...{ age: zero, symptomMonths: zero, lesions: zero, durationMinutes: zero },
      ...{ vas: nrs, odi: nrs, attended: new Uint8Array(9).fill(1), nsaids: none, opioids: none },
      adverseEvents: new Map()
    }
    const f = responders(columns, Protocol.study)
    assert.deepStrictEqual(
      [f.reduction50, f.reduction30, f.nrsAtMost2].map(([m3, m6]) => [Array.from(m3), Array.from(m6)]),
      [
        [
          [1, 0, 0],
          [0, 1, 0]
        ],
        [
          [1, 0, 0],
          [1, 1, 0]
        ],
        [
          [0, 0, 1],
          [0, 1, 1]
        ]
      ]
    )
  })
})
