import { readFileSync } from "node:fs"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { mmrm, randomInterceptModel } from "../src/index.js"
import { mixedCases } from "./mixedVectors.js"

// lmerTest 3.1-3's Satterthwaite df on the data of every public nlme case (fixtures/mixed-satterthwaite.R).
interface LmerTestCase {
  readonly id: string
  readonly diffDf: ReadonlyArray<number>
  readonly diffP: ReadonlyArray<number>
  readonly df2: number
  readonly p: number
}
const file = new URL("./fixtures/mixed-satterthwaite.json", import.meta.url)
const lmerTest = new Map(
  (JSON.parse(readFileSync(file, "utf8")) as Array<LmerTestCase>).map((c) => [c.id, c] as const)
)
type Args = [Array<number>, Array<number>, Array<number>]

const near = (got: number, want: number, tol: number, what: string) =>
  assert.isTrue(Math.abs(got - want) <= tol * Math.abs(want), `${what}: got ${got}, lmerTest ${want}`)

describe("Satterthwaite degrees of freedom", () => {
  for (const c of mixedCases) {
    const want = lmerTest.get(c.id)
    if (want === undefined) continue
    it.effect(`randomInterceptModel matches lmerTest: ${c.id}`, () =>
      Effect.map(randomInterceptModel(...(c.args as Args), { df: "satterthwaite" }), (r) => {
        want.diffDf.forEach((df, j) => {
          near(r.diffDf[j]!, df, 1e-6, `diffDf[${j}]`)
          near(r.diffP[j]!, want.diffP[j]!, 1e-5, `diffP[${j}]`)
        })
        near(r.df2, want.df2, 1e-6, "df2")
        near(r.p, want.p, 1e-5, "p")
      })
    )
  }

  it.effect("mmrm on complete data: each visit's df is n − 1, as the paired t (Wishart theory)", () =>
    Effect.gen(function* () {
      for (const c of mixedCases.filter((c) => c.fn === "mmrm" && c.id.includes("miss00"))) {
        const r = yield* mmrm(...(c.args as Args), { df: "satterthwaite" })
        for (const df of [...r.diffDf, r.df2]) assert.closeTo(df, r.nSubjects - 1, 1e-6 * r.nSubjects)
      }
    })
  )

  it.effect(
    "mmrm with missed visits: the same estimates and F, df below nlme's N − k (and above (n − 1)/2)",
    () =>
      Effect.gen(function* () {
        for (const c of mixedCases.filter((c) => c.fn === "mmrm" && !c.id.includes("miss00"))) {
          const r = yield* mmrm(...(c.args as Args), { df: "satterthwaite" })
          const nlme = yield* mmrm(...(c.args as Args))
          assert.deepStrictEqual([r.f, r.diff], [nlme.f, nlme.diff])
          for (const df of r.diffDf) {
            assert.isBelow(df, nlme.df2)
            assert.isAbove(df, 0.5 * (r.nSubjects - 1))
          }
        }
      })
  )
})
