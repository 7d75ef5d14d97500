import { readFileSync } from "node:fs"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { mmrm, randomInterceptModel } from "../src/index.js"
import { assertMatchesNlme } from "./mixedVectors.js"
import type { RCase } from "./rVectors.js"

// 58 further nlme cases with default nlme settings (fixtures/mixed-crosscheck.R). Two documented
// departures from the public cases' rule, both where nlme stops short of the REML maximum:
// - tau on its boundary: nlme reports a small positive tau (< 1e-3 · sigma); this package reports 0.
// - mmrm covariance entries near 0: nlme's are accurate to about 1e-4 of the variances, not of the entry
//   itself (on complete data this package returns the sample covariance to 1e-12; nlme is 1e-4 off).
const file = new URL("./fixtures/mixed-crosscheck.json", import.meta.url)
const cases: ReadonlyArray<RCase> = JSON.parse(readFileSync(file, "utf8"))
type Args = [Array<number>, Array<number>, Array<number>]

describe("further nlme cases (default settings)", () => {
  for (const c of cases) {
    it.effect(c.id, () =>
      Effect.gen(function* () {
        const expect = c.expect as Record<string, number | Array<number>>
        if (c.fn === "mmrm") {
          const got = yield* mmrm(...(c.args as Args))
          const want = expect.covariance as Array<number>
          const k = Math.sqrt(want.length)
          const scale = Math.max(...Array.from({ length: k }, (_, j) => want[j * k + j]!))
          want.forEach((w, i) => {
            assert.isAtMost(Math.abs(got.covariance[i]! - w), 1e-4 * scale, `covariance[${i}]`)
          })
          const { covariance: _, ...rest } = expect
          assertMatchesNlme({ ...c, expect: rest }, got)
        } else {
          const got = yield* randomInterceptModel(...(c.args as Args))
          const boundary = (expect.tau as number) < 1e-3 * (expect.sigma as number)
          if (boundary) assert.strictEqual(got.tau, 0)
          const { tau: _, ...rest } = expect
          assertMatchesNlme({ ...c, expect: boundary ? rest : expect }, got)
        }
      })
    )
  }
})
