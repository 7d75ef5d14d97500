import type { Analysis } from "@cryoreg/domain"

const chi = "(chi-square from the printed counts, with and without Yates)"
const fromMeans = "from the printed means and SDs"

/** The consistency findings of the published tables (the domain's `FindingDetail`), in English. */
export const findings = {
  code: {
    scaleMeanImpossible: "{{ what }}: no sum of {{ n }} such scores gives a mean that prints as {{ mean }}.",
    scaleSdWithin: "{{ what }}: the SD is within the possible {{ lo }}–{{ hi }}.",
    scaleSdImpossible:
      "{{ what }} cannot exist: with that mean the SD of such scores lies between {{ lo }} and {{ hi }}.",
    lesionsTypical:
      '{{ lesions }}: every procedure may have had {{ min }} or {{ max }} lesions, as the paper\'s "{{ stated }}" says.',
    lesionsOutsideTypical:
      '{{ lesions }} contradict the paper\'s stated "{{ stated }}" taken as a rule: {{ bound }}, so some procedures had fewer than {{ min }} or more than {{ max }} lesions.{{ howMany }}',
    percentAsPrinted: "{{ row }}: {{ count }}/{{ n }} is {{ printed }}% as printed.",
    percentNotPrinted: "{{ row }}: {{ count }}/{{ n }} is {{ computed }}%, not the printed {{ printed }}%.",
    subgroupPercentCounts: "{{ by }}: {{ pct }}% of {{ n }} is {{ counts }} patients.",
    subgroupPercentNoCount: "{{ by }}: no count of {{ n }} patients is {{ pct }}%.",
    subgroupCountsAddUp: "{{ by }}: the subgroup counts add up to the overall {{ overall }}.",
    subgroupCountsNever:
      "{{ by }}: the subgroup counts add up to {{ sums }}, never the overall {{ overall }}.",
    sourcesAgree: "{{ quantity }}: {{ a }} and {{ b }} agree.",
    sourcesDisagree: "{{ quantity }} cannot satisfy both {{ a }} and {{ b }}.",
    pReproducible:
      "{{ subject }}: p = {{ printed }} is reproducible from the printed summaries ({{ lo }}–{{ hi }}).",
    pNotReproducible:
      "{{ subject }}: the printed summaries give p between {{ lo }} and {{ hi }}, not {{ printed }}.",
    pairedPossible: "{{ paired }} The printed p = {{ printed }} can come from a paired test.",
    pairedImpossible: "{{ paired }} No paired table with these counts gives the printed p = {{ printed }}."
  } satisfies Record<Analysis.FindingCode, string>,
  or: " or ",
  scaleWhat: "{{ subject }} ({{ mean }} ± {{ sd }}, n = {{ n }}, integers {{ lo }}–{{ hi }}{{ steps }})",
  inSteps: " in steps of {{ step }}",
  subject: {
    baseline: "Baseline {{ scale }}",
    later: "{{ scale }} at {{ at }}",
    age: "Age",
    nrsReduction: "NRS reduction at {{ at }}",
    inGroup: "{{ subject }}, {{ group }}"
  },
  scale: { nrs: "NRS", vas: "VAS", odi: "ODI" },
  at: { baseline: "baseline", m3: "3 months", m6: "6 months" },
  group: { female: "women", male: "men", under55: "under 55", atLeast55: "55 or older" },
  stratum: "stratum {{ lo }}–{{ hi }}",
  lesions: "Cryolesions per procedure ({{ mean }} ± {{ sd }}, n = {{ n }})",
  stated: "typically {{ min }} to {{ max }} lesions per treated side",
  noMean: "no mean of {{ min }} or {{ max }} lesions on every procedure prints as {{ mean }}",
  sdAtMost: "with {{ min }} or {{ max }} lesions on every procedure the SD would be at most {{ sdMax }}",
  howMany:
    " At least {{ fewest }} of the {{ n }} procedures lay outside {{ min }}–{{ max }} if each was one off ({{ below }} or {{ above }}), fewer if further.",
  percentRow: "Table {{ table }}, {{ row }}",
  percentRowAt: "Table {{ table }}, {{ row }} at {{ at }}",
  row: {
    female: "women",
    male: "men",
    rightSide: "right side treated",
    leftSide: "left side treated",
    positiveBlock: "positive diagnostic block",
    reduction50: "NRS reduced by at least 50 %",
    reduction30: "NRS reduced by at least 30 %",
    nrsAtMost2: "NRS of 2 or less",
    nsaids: "NSAIDs",
    opioids: "opioid-containing analgesics",
    localHematoma: "local hematoma",
    transientParesthesia: "transient paresthesia",
    proceduralPain: "procedural pain",
    temporaryMotorWeakness: "temporary motor weakness",
    infection: "infection",
    permanentNeurologicalDeficit: "permanent neurological deficit"
  } satisfies Record<Analysis.Findings.PercentRow["row"], string>,
  rowAt: { baseline: "baseline", m3: "3 months", m6: "6 months" },
  respondersBy: {
    sex: "Table 8, 6-month responders by sex",
    age: "Table 9, 6-month responders by age",
    stratum: "Table 10, responders by baseline stratum"
  },
  quantity: {
    baselineNrsMean: "Mean baseline NRS",
    baselineNrsSd: "SD of baseline NRS",
    nrsChangeM3: "Mean NRS change at 3 months",
    nrsChangeM6: "Mean NRS change at 6 months",
    vasChangeM3: "Mean VAS change at 3 months",
    vasChangeM6: "Mean VAS change at 6 months",
    odiChangeM3: "Mean ODI change at 3 months",
    odiChangeM6: "Mean ODI change at 6 months",
    cohensDNrsM3: "Cohen's d_av of the 3-month NRS change"
  } satisfies Record<Analysis.Findings.AgreedQuantity, string>,
  partition: { sex: "Table 8's sexes", age: "Table 9's age groups", stratum: "Table 10's strata" },
  source: {
    printed: "the printed {{ value }}",
    percent: "the percent change {{ value }}% of the baseline mean",
    combined: "{{ by }} combined (integer sums)",
    pooled: "{{ by }} pooled",
    difference: "the difference of the printed means",
    strataForced: "Table 10's stratum sizes and means (integer NRS)",
    dFromTable2: "d_av from Table 2's change and SDs",
    dForcedSd: "d_av with the baseline SD Table 10 forces"
  } satisfies Record<Analysis.Findings.SourceName["kind"], string>,
  interval: "{{ source }} ({{ lo }} to {{ hi }})",
  p: {
    meanBySubgroup: `Table {{ table }}, {{ field }} by {{ by }} (Welch t ${fromMeans})`,
    respondersOverTime: `Table 4, {{ criterion }} at 3 vs 6 months as independent samples ${chi}`,
    drugOverTime: `Table 5, {{ drug }} at baseline vs 6 months as independent samples ${chi}`,
    respondersBySubgroup: `{{ by }} ${chi}`,
    reductionByStratum: `Table 10, reduction at 6 months by stratum (one-way ANOVA ${fromMeans})`
  } satisfies Record<Analysis.Findings.PSubject["of"], string>,
  field: {
    baselineNrs: "baseline NRS",
    reductionM3: "NRS reduction at 3 months",
    reductionM6: "NRS reduction at 6 months"
  },
  by: { sex: "sex", age: "age" },
  respondersBetween: {
    sex: "Table 8, responders by sex",
    age: "Table 9, responders by age",
    stratum: "Table 10, responders by baseline stratum"
  },
  below: "<{{ p }}",
  paired:
    "Table 4, {{ criterion }} at 3 vs 6 months as paired (McNemar's test on the same patients): the printed counts ({{ first }} and {{ second }} of {{ n }}) allow {{ fewest }} to {{ most }} patients who changed. {{ variants }}.",
  criterion: {
    reduction50: "NRS reduced by at least 50 %",
    reduction30: "NRS reduced by at least 30 %",
    nrsAtMost2: "NRS of 2 or less"
  },
  variant: { corrected: "With continuity correction", uncorrected: "Without correction", exact: "Exact" },
  variantRange: "{{ variant }}: p from {{ lo }} to {{ hi }}",
  hits: "{{ range }}; {{ printed }} when {{ splits }}",
  never: "{{ range }}, never {{ printed }}",
  steps:
    "{{ range }}, which spans {{ printed }} but steps over it: {{ belowP }} when {{ below }}, {{ aboveP }} when {{ above }}",
  split: "{{ first }} only at 3 months and {{ second }} only at 6",
  orSplit: ", or ",
  nextVariant: ". "
}
