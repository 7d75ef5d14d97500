/** Why a cell is not computed, as data (a code and its params), and in English. */

import type {
  Criterion,
  DrugCategory,
  GroupSize,
  Measure,
  MeasuredAt,
  NotComputedReason,
  Quantity,
  ReasonCode,
  ReasonParams,
  Subgroup,
  TestName,
  Who
} from "./Reason.js"

const measures: Record<Measure, string> = { nrs: "an NRS", vas: "a VAS", odi: "an ODI", visit: "a visit" }

const at: Record<MeasuredAt, string> = {
  baseline: "at baseline",
  m3: "at 3 months",
  m6: "at 6 months",
  baselineAndM3: "at both baseline and 3 months",
  baselineAndM6: "at both baseline and 6 months",
  all: "at baseline, 3 and 6 months",
  m3OrM6: "at 3 or 6 months"
}

const visits: Record<MeasuredAt, string> = {
  baseline: "a baseline visit",
  m3: "a 3-month visit",
  m6: "a 6-month visit",
  baselineAndM3: "both a baseline and a 3-month visit",
  baselineAndM6: "both a baseline and a 6-month visit",
  all: "a visit at baseline, 3 and 6 months",
  m3OrM6: "a visit at 3 or 6 months"
}

/** The patients a figure needs, in words: "an NRS at baseline, 3 and 6 months". */
export const describeWho = (w: Who): string =>
  w.measure === "visit" ? visits[w.at] : `${measures[w.measure]} ${at[w.at]}`

const tests: Record<TestName, string> = {
  shapiroWilk: "Shapiro-Wilk test",
  rmAnova: "repeated-measures ANOVA",
  mauchly: "Mauchly test",
  friedman: "Friedman test",
  wilcoxon: "Wilcoxon signed-rank test",
  bonferroniTests: "Bonferroni-adjusted paired t-tests",
  bonferroniTest: "Bonferroni-adjusted paired t-test",
  chiSquare: "chi-square test",
  cohensD: "Cohen's d",
  mixedModel: "mixed model",
  tTest: "t-test",
  oneWayAnova: "one-way ANOVA"
}

const subgroups: Record<Subgroup, string> = {
  female: "women",
  male: "men",
  under55: "under 55",
  atLeast55: "55 and over",
  nrs5to6: "baseline NRS 5–6",
  nrs7to8: "baseline NRS 7–8",
  nrs9to10: "baseline NRS 9–10"
}

const quantities: Record<Quantity, string> = {
  age: "the age",
  symptomMonths: "the duration of symptoms",
  baselineNrs: "the baseline NRS",
  baselineVas: "the baseline VAS",
  baselineOdi: "the baseline ODI",
  lesions: "the lesions per procedure",
  duration: "the procedure's duration"
}

const criteria: Record<Criterion, string> = {
  reduction50: "a reduction of NRS of at least 50 %",
  reduction30: "a reduction of NRS of at least 30 %",
  nrsAtMost2: "an NRS of 2 or less"
}

const drugs: Record<DrugCategory, string> = { nsaids: "NSAIDs", opioids: "opioid-containing analgesics" }

/** Patients in words: "no patient has", "only 1 patient has", "only 3 patients have". */
export const patientsHave = (n: number): string =>
  n === 0 ? "no patient has" : n === 1 ? "only 1 patient has" : `only ${n} patients have`

const thePatients = (n: number) => (n === 1 ? "the 1 patient" : `the ${n} patients`)
const sizes = (gs: ReadonlyArray<GroupSize>) => gs.map((g) => `${subgroups[g.group]} ${g.n}`).join(", ")
const visitName = {
  baseline: "the baseline visit",
  m3: "the 3-month visit",
  m6: "the 6-month visit"
} as const

const english: { readonly [C in ReasonCode]: (p: ReasonParams<C>) => string } = {
  noTreatedPatient: () => "these records hold no treated patient",
  noPatient: (p) => `no patient has ${describeWho(p.who)}`,
  tooFew: (p) => `${patientsHave(p.n)} ${describeWho(p.who)}: too few for the ${tests[p.test]}`,
  sameValues: (p) =>
    `the ${p.n} patients with ${describeWho(p.who)} all have the same values: the ${tests[p.test]} is undefined`,
  emptyCountTableRow: (p) =>
    `among the ${p.n} patients with ${describeWho(p.who)}, a row or column of the ${tests[p.test]}'s table is empty: the test is undefined`,
  notEstimable: (p) =>
    `the ${tests[p.test]} cannot be estimated from the ${p.n} patients with ${describeWho(p.who)}`,
  cannotCompute: (p) =>
    `the ${tests[p.test]} cannot be computed from the ${p.n} patients with ${describeWho(p.who)}`,
  meanSdNeedsTwo: (p) => `only 1 patient has ${describeWho(p.who)}: a mean ± SD needs at least 2`,
  meanSdUndefined: (p) => `the mean ± SD of ${describeWho(p.who)} is undefined`,
  sdNeedsTwo: (p) => `only 1 patient: the SD of ${quantities[p.quantity]} needs at least 2`,
  summaryUndefined: (p) =>
    `the ${p.statistic === "sd" ? "SD" : "mean"} of ${quantities[p.quantity]} is undefined`,
  changeUndefined: (p) => `the change in ${measures[p.measure]} from baseline is undefined (baseline mean 0)`,
  statisticUndefined: () => "the statistic is undefined for these values",
  mixedModelTooFew: (p) =>
    `${patientsHave(p.n)} ${describeWho(p.who)}: the mixed model needs at least ${p.needed}`,
  mixedModelUndefined: () => "the mixed model's estimates are undefined for these patients",
  noVisit: (p) => `no patient attended ${visitName[p.visit]}`,
  noneUsed: (p) =>
    `none of ${thePatients(p.n)} with ${describeWho(p.who)} used ${drugs[p.drug]} at either visit`,
  allUsed: (p) =>
    `every one of ${thePatients(p.n)} with ${describeWho(p.who)} used ${drugs[p.drug]} at both visits`,
  noBaselineUse: (p) =>
    `no patient used ${drugs[p.drug]} at the baseline visit: a relative change from none is undefined`,
  noResponder: (p) =>
    `none of ${thePatients(p.n)} with ${describeWho(p.who)} has ${criteria[p.criterion]} at 3 or 6 months`,
  allResponders: (p) =>
    `every one of ${thePatients(p.n)} with ${describeWho(p.who)} has ${criteria[p.criterion]} at both 3 and 6 months`,
  sameValueEveryone: (p) =>
    `every patient with ${describeWho(p.who)} has the same value: the ${tests[p.test]} is undefined`,
  sameReductionEveryone: (p) =>
    `every patient with ${describeWho(p.who)} has the same reduction: the ${tests[p.test]} is undefined`,
  needsTwoPerGroup: (p) =>
    `the ${tests[p.test]} needs at least 2 patients with ${describeWho(p.who)} in each group (${sizes(p.groups)})`,
  needsEveryGroup: (p) =>
    `the ${tests[p.test]} needs patients with ${describeWho(p.who)} in every group (${sizes(p.groups)})`,
  needsEveryStratum: (p) =>
    `the ${tests[p.test]} needs patients with ${describeWho(p.who)} in every stratum, and two in one at least (${sizes(p.groups)})`,
  noResponderM6: (p) => `none of the ${p.n} patients with ${describeWho(p.who)} is a responder at 6 months`,
  allRespondersM6: (p) =>
    `every one of the ${p.n} patients with ${describeWho(p.who)} is a responder at 6 months`,
  undefinedForPatients: (p) => `the ${tests[p.test]} is undefined for these ${p.n} patients`
}

/**
 * Why a cell was not computed, in English (the API's `reason`, the Word and CSV reports):
 *
 *     describeReason(reason("noPatient", { who: who("nrs", "m6") })) // "no patient has an NRS at 6 months"
 */
export const describeReason = (r: NotComputedReason): string => {
  const sentence = (english[r.code] as (p: NotComputedReason["params"]) => string)(r.params)
  return r.group === undefined ? sentence : `${subgroups[r.group]}: ${sentence}`
}
