import { readFileSync } from "node:fs"
import { assert } from "@effect/vitest"

/** One statistics case computed with GNU R (format: fixtures/r-public.README.md). */
export interface RCase {
  readonly id: string
  readonly fn: string
  readonly args: ReadonlyArray<unknown>
  readonly expect: Readonly<Record<string, number | null | ReadonlyArray<number | null>>>
  readonly tol: number
}

const file = new URL("./fixtures/r-public.json", import.meta.url)

/** Every public R case. */
export const allCases: ReadonlyArray<RCase> = JSON.parse(readFileSync(file, "utf8"))

/** The R cases of one function. */
export const casesFor = (fn: string): ReadonlyArray<RCase> => allCases.filter((c) => c.fn === fn)

const close = (field: string, got: unknown, want: number | null, tol: number) => {
  if (want === null) {
    assert.isNull(got, `${field}: R gives NA`)
    return
  }
  assert.isNumber(got, `${field} should be a number`)
  const g = got as number
  const ok = want === 0 ? Math.abs(g) <= tol : Math.abs(g - want) <= tol * Math.abs(want)
  assert.isTrue(ok, `${field}: got ${g}, R gives ${want} (relative tolerance ${tol})`)
}

/** Asserts that every expected field of the case matches `got` within the case's tolerance. */
export const assertMatchesR = (c: RCase, got: Readonly<Record<string, unknown>>) => {
  for (const [field, want] of Object.entries(c.expect)) {
    if (Array.isArray(want)) {
      const g = got[field]
      assert.isTrue(Array.isArray(g), `${field} should be an array`)
      assert.strictEqual((g as Array<unknown>).length, want.length, `${field} length`)
      want.forEach((w, i) => {
        close(`${field}[${i}]`, (g as Array<unknown>)[i], w, c.tol)
      })
    } else {
      close(field, got[field], want as number | null, c.tol)
    }
  }
}
