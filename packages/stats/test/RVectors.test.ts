import { readFileSync } from "node:fs"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Stats from "../src/index.js"
import { allCases, assertMatchesR, type RCase } from "./rVectors.js"

// Every R case through the package's public entry points, by function name. The per-module tests
// run the same cases beside their hand-worked examples; this file guarantees that no function of
// the reference set is left out, and runs any other set in the same format:
// CRYOREG_STATS_VECTORS=/path/to/cases.json pnpm --filter @cryoreg/stats test RVectors
type Call = (args: ReadonlyArray<unknown>) => Effect.Effect<object, unknown> | { readonly p: number }

// The JSON arguments are positional, exactly as each function takes them.
const effect =
  <A extends ReadonlyArray<unknown>>(f: (...args: A) => Effect.Effect<object, unknown>): Call =>
  (args) =>
    f(...(args as unknown as A))
const tail =
  <A extends ReadonlyArray<number>>(f: (...args: A) => number): Call =>
  (args) => ({ p: f(...(args as unknown as A)) })

const entryPoints: Record<string, Call> = {
  describe: effect(Stats.describe),
  shapiroWilk: effect(Stats.shapiroWilk),
  pairedT: effect(Stats.pairedT),
  studentT: effect(Stats.studentT),
  welchT: effect(Stats.welchT),
  welchTFromSummary: effect(Stats.welchTFromSummary),
  oneWayAnova: effect(Stats.oneWayAnova),
  rmAnova: effect(Stats.rmAnova),
  posthocPaired: effect(Stats.posthocPaired),
  chiSquare: effect(Stats.chiSquare),
  fisherExact: effect(Stats.fisherExact),
  mcnemar: effect(Stats.mcnemar),
  mcnemarExact: effect(Stats.mcnemarExact),
  cochranQ: effect(Stats.cochranQ),
  friedman: effect(Stats.friedman),
  wilcoxonSignedRank: effect(Stats.wilcoxonSignedRank),
  mannWhitney: effect(Stats.mannWhitney),
  kruskalWallis: effect(Stats.kruskalWallis),
  cohensDav: effect(Stats.cohensDav),
  cohensDz: effect(Stats.cohensDz),
  cohensDpooled: effect(Stats.cohensDpooled),
  tCdfUpper: tail(Stats.tCdfUpper),
  fCdfUpper: tail(Stats.fCdfUpper),
  chiSquareCdfUpper: tail(Stats.chiSquareCdfUpper),
  normalCdfUpper: tail(Stats.normalCdfUpper)
}

const extra = process.env.CRYOREG_STATS_VECTORS
const cases: ReadonlyArray<RCase> = extra === undefined ? allCases : JSON.parse(readFileSync(extra, "utf8"))

describe(`R reference cases (${extra ?? "test/fixtures/r-public.json"})`, () => {
  it("cover every function of the package's contract", () => {
    const missing = [...new Set(cases.map((c) => c.fn))].filter((fn) => !(fn in entryPoints))
    assert.deepStrictEqual(missing, [])
    assert.isAtLeast(cases.length, 1)
  })

  for (const c of cases) {
    it.effect(c.id, () =>
      Effect.gen(function* () {
        const call = entryPoints[c.fn]
        assert.isDefined(call, `no entry point for ${c.fn}`)
        const result = call!(c.args as ReadonlyArray<never>)
        const got = Effect.isEffect(result) ? yield* result : result
        assertMatchesR(c, got as Record<string, unknown>)
      })
    )
  }
})
