import type { Analysis } from "@cryoreg/domain"

/** Where the report's rows came from: the live registry at a moment, or a frozen analysis set. */
export type ReportSource =
  | { readonly _tag: "Live"; readonly at: Date; readonly patients: number }
  | {
      readonly _tag: "Set"
      readonly name: string
      readonly patients: number
      readonly createdAt: Date
      readonly hash: string
    }

/** Versions of the software that computed the report. */
export interface Versions {
  readonly domain: string
  readonly stats: string
  readonly api: string
  readonly node: string
}

/** The source in a sentence: the set's name, size, date and hash, or the live registry's time and size. */
export const sourceText = (s: ReportSource): string =>
  s._tag === "Live"
    ? `the live registry at ${s.at.toISOString()}, ${s.patients} patients`
    : `the analysis set "${s.name}" (${s.patients} patients, frozen at ${s.createdAt.toISOString()}, SHA-256 ${s.hash})`

/** The distinct tests the report computed, named without the report's remarks in parentheses. */
export const testsUsed = (r: Analysis.StudyReport): Array<string> => [
  ...new Set(Object.values(r.tests).map((t) => t.test.replace(/\s*\(.*$/, "").trim()))
]

/** The methods section, generated from what was computed, one string per paragraph. */
export const methodsParagraphs = (
  r: Analysis.StudyReport,
  source: ReportSource,
  v: Versions
): Array<string> => {
  return [
    `Data. Tables 1–10 were computed from ${sourceText(source)}: ${r.cohort.n} treated patients. ` +
      `${r.coverage.table2.nrs.completeCases} of them attended all three visits (baseline, 3 and 6 months).`,
    "Statistics. Continuous variables are given as mean ± SD and categorical ones as n (%). " +
      `The tests computed: ${testsUsed(r).join("; ")}. ` +
      "Pairwise comparisons between baseline, 3 and 6 months are paired t-tests with the Bonferroni correction for three comparisons. " +
      "Beside the complete-case repeated-measures ANOVA, a mixed model for repeated measures on all available data " +
      "(unstructured covariance, REML) gives the rows marked MMRM in Tables 2 and 3. " +
      "Responder rates (Table 4) and analgesic use (Table 5) are compared between time points with the chi-square test, as published, " +
      "and with McNemar's test, which accounts for the same patients being measured twice. " +
      "Subgroups (Tables 8–10) are compared with Welch's t-test, one-way ANOVA and the chi-square test. P < 0.05 was considered significant.",
    `Software. cryoreg: @cryoreg/domain ${v.domain}, @cryoreg/stats ${v.stats} (statistics checked against GNU R), ` +
      `API ${v.api}; Node.js ${v.node}.`
  ]
}
