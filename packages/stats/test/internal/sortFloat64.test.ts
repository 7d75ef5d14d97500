import { assert, describe, it } from "@effect/vitest"
import fc from "fast-check"
import { sortFloat64 } from "../../src/internal/sortFloat64.js"

describe("sortFloat64", () => {
  it("orders like the built-in numeric sort, with and without ties", () => {
    const values = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: 0, max: 10 })
    )
    fc.assert(
      fc.property(fc.array(values, { maxLength: 300 }), (x) => {
        const got = Array.from(sortFloat64(Float64Array.from(x)))
        const want = [...x].sort((a, b) => a - b)
        return got.every((v, i) => v === want[i])
      })
    )
  })

  it("sorts a long run of 0–10 scores", () => {
    const x = Float64Array.from({ length: 5000 }, (_, i) => (i * 7919) % 11)
    const s = sortFloat64(x)
    for (let i = 1; i < s.length; i++) assert.isTrue(s[i - 1]! <= s[i]!)
    assert.strictEqual(s[0], 0)
    assert.strictEqual(s[4999], 10)
  })
})
