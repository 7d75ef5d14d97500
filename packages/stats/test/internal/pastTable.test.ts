import { describe, it } from "@effect/vitest"
import fc from "fast-check"
import { PastTable } from "../../src/internal/pastTable.js"

describe("PastTable", () => {
  it("accumulates like a Map, across growth and colliding keys", () => {
    const key = fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc.maxSafeNat(),
      fc.constant(2 ** 32),
      fc.constant(2 ** 40)
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer({ min: 1, max: 9 })), { maxLength: 300 }), (adds) => {
        const table = new PastTable()
        const want = new Map<number, number>()
        for (const [k, p] of adds) {
          table.add(k, p)
          want.set(k, (want.get(k) ?? 0) + p)
        }
        const got = new Map<number, number>()
        table.keys.forEach((k, slot) => {
          if (!Number.isNaN(k)) got.set(k, table.paths[slot]!)
        })
        return (
          table.size === want.size && [...want].every(([k, p]) => got.get(k) === p) && got.size === want.size
        )
      })
    )
  })
})
