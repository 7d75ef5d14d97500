import type { Analysis } from "@cryoreg/domain"

/** Why a cell of the study tables was not computed (the domain's `NotComputedReason`), in English. */
export const reasons = {
  code: {
    noTreatedPatient: "these records hold no treated patient",
    noPatient: "no patient has {{ who }}",
    tooFew: "{{ patientsHave }} {{ who }}: too few for the {{ test }}",
    sameValues: "the {{ n }} patients with {{ who }} all have the same values: the {{ test }} is undefined",
    emptyCountTableRow:
      "among the {{ n }} patients with {{ who }}, a row or column of the {{ test }}'s table is empty: the test is undefined",
    notEstimable: "the {{ test }} cannot be estimated from the {{ n }} patients with {{ who }}",
    cannotCompute: "the {{ test }} cannot be computed from the {{ n }} patients with {{ who }}",
    meanSdNeedsTwo: "only 1 patient has {{ who }}: a mean ± SD needs at least 2",
    meanSdUndefined: "the mean ± SD of {{ who }} is undefined",
    sdNeedsTwo: "only 1 patient: the SD of {{ quantity }} needs at least 2",
    summaryUndefined: "the {{ statistic }} of {{ quantity }} is undefined",
    changeUndefined: "the change in {{ measure }} from baseline is undefined (baseline mean 0)",
    statisticUndefined: "the statistic is undefined for these values",
    mixedModelTooFew: "{{ patientsHave }} {{ who }}: the mixed model needs at least {{ needed }}",
    mixedModelUndefined: "the mixed model's estimates are undefined for these patients",
    noVisit: "no patient attended {{ visit }}",
    noneUsed: "none of {{ thePatients }} with {{ who }} used {{ drug }} at either visit",
    allUsed: "every one of {{ thePatients }} with {{ who }} used {{ drug }} at both visits",
    noBaselineUse:
      "no patient used {{ drug }} at the baseline visit: a relative change from none is undefined",
    noResponder: "none of {{ thePatients }} with {{ who }} has {{ criterion }} at 3 or 6 months",
    allResponders: "every one of {{ thePatients }} with {{ who }} has {{ criterion }} at both 3 and 6 months",
    sameValueEveryone: "every patient with {{ who }} has the same value: the {{ test }} is undefined",
    sameReductionEveryone: "every patient with {{ who }} has the same reduction: the {{ test }} is undefined",
    needsTwoPerGroup: "the {{ test }} needs at least 2 patients with {{ who }} in each group ({{ groups }})",
    needsEveryGroup: "the {{ test }} needs patients with {{ who }} in every group ({{ groups }})",
    needsEveryStratum:
      "the {{ test }} needs patients with {{ who }} in every stratum, and two in one at least ({{ groups }})",
    noResponderM6: "none of {{ thePatients }} with {{ who }} is a responder at 6 months",
    allRespondersM6: "every one of {{ thePatients }} with {{ who }} is a responder at 6 months",
    undefinedForPatients: "the {{ test }} is undefined for these {{ n }} patients"
  } satisfies Record<Analysis.ReasonCode, string>,
  inGroup: "{{ group }}: {{ reason }}",
  thePatients: (p: { n: number }) => (p.n === 1 ? "the 1 patient" : `the ${p.n} patients`),
  patientsHave: (p: { n: number }) =>
    p.n === 0 ? "no patient has" : p.n === 1 ? "only 1 patient has" : `only ${p.n} patients have`,
  who: {
    nrs: "an NRS {{ at }}",
    vas: "a VAS {{ at }}",
    odi: "an ODI {{ at }}",
    visit: "{{ visit }}"
  } satisfies Record<Analysis.Reason.Measure, string>,
  measure: { nrs: "an NRS", vas: "a VAS", odi: "an ODI", visit: "a visit" } satisfies Record<
    Analysis.Reason.Measure,
    string
  >,
  at: {
    baseline: "at baseline",
    m3: "at 3 months",
    m6: "at 6 months",
    baselineAndM3: "at both baseline and 3 months",
    baselineAndM6: "at both baseline and 6 months",
    all: "at baseline, 3 and 6 months",
    m3OrM6: "at 3 or 6 months"
  } satisfies Record<Analysis.Reason.MeasuredAt, string>,
  visits: {
    baseline: "a baseline visit",
    m3: "a 3-month visit",
    m6: "a 6-month visit",
    baselineAndM3: "both a baseline and a 3-month visit",
    baselineAndM6: "both a baseline and a 6-month visit",
    all: "a visit at baseline, 3 and 6 months",
    m3OrM6: "a visit at 3 or 6 months"
  } satisfies Record<Analysis.Reason.MeasuredAt, string>,
  visit: { baseline: "the baseline visit", m3: "the 3-month visit", m6: "the 6-month visit" },
  test: {
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
  } satisfies Record<Analysis.Reason.TestName, string>,
  group: {
    female: "women",
    male: "men",
    under55: "under 55",
    atLeast55: "55 and over",
    nrs5to6: "baseline NRS 5–6",
    nrs7to8: "baseline NRS 7–8",
    nrs9to10: "baseline NRS 9–10"
  } satisfies Record<Analysis.Reason.Subgroup, string>,
  groupSize: "{{ group }} {{ n }}",
  quantity: {
    age: "the age",
    symptomMonths: "the duration of symptoms",
    baselineNrs: "the baseline NRS",
    baselineVas: "the baseline VAS",
    baselineOdi: "the baseline ODI",
    lesions: "the lesions per procedure",
    duration: "the procedure's duration"
  } satisfies Record<Analysis.Reason.Quantity, string>,
  statistic: { mean: "mean", sd: "SD" },
  criterion: {
    reduction50: "a reduction of NRS of at least 50 %",
    reduction30: "a reduction of NRS of at least 30 %",
    nrsAtMost2: "an NRS of 2 or less"
  } satisfies Record<Analysis.Reason.Criterion, string>,
  drug: { nsaids: "NSAIDs", opioids: "opioid-containing analgesics" } satisfies Record<
    Analysis.Reason.DrugCategory,
    string
  >
}
