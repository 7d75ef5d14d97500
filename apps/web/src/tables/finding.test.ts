import { Analysis } from "@cryoreg/domain"
import { Effect } from "effect"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { wordFinding } from "./finding"

const { detail } = Analysis.Findings
const split = { onlyFirst: 20, onlySecond: 8 }

/** One finding of every kind: the study's own, and by hand the kinds the study's tables do not yield. */
const samples = (
  study: ReadonlyArray<Analysis.Finding>
): { readonly [C in Analysis.FindingCode]: Analysis.FindingDetail } => {
  const first = (c: Analysis.FindingCode) => study.find((f) => f.detail.code === c)?.detail
  const scale = {
    subject: { quantity: "vas", at: "m6" } as const,
    mean: 45.5,
    sd: 17,
    n: 107,
    min: 0,
    max: 100,
    step: 1
  }
  const row = { table: 4, row: "reduction30", at: "m6" } as const
  return {
    scaleMeanImpossible: detail("scaleMeanImpossible", scale),
    scaleSdWithin: first("scaleSdWithin")!,
    scaleSdImpossible: first("scaleSdImpossible")!,
    lesionsTypical: detail("lesionsTypical", { mean: 6.4, sd: 0.5, n: 107, min: 6, max: 7 }),
    lesionsOutsideTypical: first("lesionsOutsideTypical")!,
    percentAsPrinted: first("percentAsPrinted")!,
    percentNotPrinted: detail("percentNotPrinted", { row, count: 68, n: 107, printed: 63.4, computed: 63.6 }),
    subgroupPercentCounts: first("subgroupPercentCounts")!,
    subgroupPercentNoCount: detail("subgroupPercentNoCount", { by: "age", n: 49, pct: 42.7 }),
    subgroupCountsAddUp: first("subgroupCountsAddUp")!,
    subgroupCountsNever: detail("subgroupCountsNever", { by: "stratum", overall: 52, sums: [51, 53] }),
    sourcesAgree: first("sourcesAgree")!,
    sourcesDisagree: first("sourcesDisagree")!,
    pReproducible: first("pReproducible")!,
    pNotReproducible: first("pNotReproducible")!,
    pairedPossible: first("pairedPossible")!,
    pairedImpossible: detail("pairedImpossible", {
      criterion: "reduction50",
      first: 64,
      second: 52,
      n: 107,
      fewestChanged: 12,
      mostChanged: 98,
      printed: "<0.001",
      variants: [
        { variant: "exact", lo: 0.0004, hi: 0.266, hits: [], steps: null },
        { variant: "without correction", lo: 0.01, hi: 0.2, hits: [split], steps: null }
      ]
    })
  }
}

let all: ReturnType<typeof samples>
let study: ReadonlyArray<Analysis.Finding>

beforeAll(async () => {
  study = await Effect.runPromise(Analysis.checkPublished(Analysis.study))
  all = samples(study)
})

afterEach(() => setLocale("en"))

/** English words of the domain's sentences that a Polish sentence must not carry (Polish letters count as letters). */
const englishWords =
  /(?<!\p{L})(the|printed|patients|months|and|of|with|by|is|at|cannot|agree|when|never|Table|female|male|baseline|sexes|strata)(?!\p{L})/u

describe("the consistency findings, in the dashboard's words", () => {
  it("says in English what the API says, for every finding of the study and every kind", () => {
    setLocale("en")
    // the dashboard writes a negative number with the true minus sign (U+2212), the API's sentence with "-"
    const minus = (s: string) => s.replace(/(^|[\s(])-(?=\d)/g, "$1\u2212")
    for (const f of study) expect(wordFinding(f.detail)).toBe(minus(f.sentence))
    for (const [code, d] of Object.entries(all))
      expect(wordFinding(d), code).toBe(minus(Analysis.describeFinding(d)))
  })

  it("says it in Polish for every kind, with its numbers and no English word left", () => {
    setLocale("pl")
    for (const [code, d] of Object.entries(all)) {
      const words = wordFinding(d)
      expect(words.trim(), code).not.toBe("")
      expect(words, code).not.toMatch(/\{\{|\}\}|undefined|—/)
      expect(words, code).not.toMatch(englishWords)
      // Every whole number above 10 (counts, n, printed values) reaches the words.
      for (const n of JSON.stringify(d.params).match(/(?<![\d.])\d+(?![\d.])/g) ?? [])
        if (Number(n) > 10) expect(words, `${code} ${n}`).toContain(n)
    }
    for (const f of study) expect(wordFinding(f.detail)).not.toMatch(englishWords)
  })

  it("words a Polish finding with decimal commas and the clinic's names", () => {
    setLocale("pl")
    expect(wordFinding(all.percentNotPrinted)).toBe(
      "Tabela 4, zmniejszenie NRS o co najmniej 30%, po 6 miesiącach: 68/107 to 63,6%, a nie opublikowane 63,4%."
    )
    expect(wordFinding(all.scaleSdImpossible)).toBe(
      "Wyjściowe NRS, podgrupa NRS 9–10 (9,1 ± 0,6, n = 27, liczby całkowite 9–10): takie dane nie mogą istnieć, bo przy tej średniej SD takich wyników wynosi od 0,27 do 0,36."
    )
  })
})
