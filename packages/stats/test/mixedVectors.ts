import { readFileSync } from "node:fs"
import { assert } from "@effect/vitest"
import type { RCase } from "./rVectors.js"

// nlme 3.1-162 cases for the longitudinal models (format and tolerances: fixtures/r-public.README.md,
// "Longitudinal models with incomplete follow-up"); a copy of the project's mixed-public.json. Another set:
// CRYOREG_MIXED_VECTORS=/path/to/cases.json pnpm --filter @cryoreg/stats test Mmrm RandomIntercept
const file = new URL("./fixtures/mixed-public.json", import.meta.url)

/** Every public nlme case, or the set named by CRYOREG_MIXED_VECTORS (same format). */
export const mixedCases: ReadonlyArray<RCase> = JSON.parse(
  readFileSync(process.env.CRYOREG_MIXED_VECTORS ?? file, "utf8")
)

const exact = new Set(["df1", "df2", "diffDf", "nSubjects", "nObservations"])
const pValues = new Set(["p", "diffP"])

const check = (field: string, got: unknown, want: number) => {
  assert.isNumber(got, `${field} should be a number`)
  const g = got as number
  const relative = Math.abs(g - want) / Math.abs(want)
  if (exact.has(field.replace(/\[\d+\]$/, ""))) assert.strictEqual(g, want, field)
  else if (pValues.has(field.replace(/\[\d+\]$/, "")))
    assert.isTrue(relative <= 1e-3 || (g < 1e-12 && want < 1e-12), `${field}: got ${g}, nlme ${want} (1e-3)`)
  else if (field === "logLik")
    // a maximum higher than nlme's by up to 1e-8 relative also passes
    assert.isTrue(relative <= 1e-7 || (g > want && relative <= 1e-8), `logLik: got ${g}, nlme ${want}`)
  else
    assert.isTrue(relative <= 1e-4 || Math.abs(g - want) <= 1e-12, `${field}: got ${g}, nlme ${want} (1e-4)`)
}

/** Asserts every expected field of an nlme case with the README's per-field tolerances. */
export const assertMatchesNlme = (c: RCase, got: Readonly<Record<string, unknown>>) => {
  for (const [field, want] of Object.entries(c.expect)) {
    if (Array.isArray(want)) {
      const g = got[field] as ReadonlyArray<unknown>
      assert.isTrue(Array.isArray(g), `${field} should be an array`)
      assert.strictEqual(g.length, want.length, `${field} length`)
      want.forEach((w: number, i) => {
        check(`${field}[${i}]`, g[i], w)
      })
    } else check(field, got[field], want as number)
  }
}
