/** A consistency finding as data (a code and its params), and in English. */

import type {
  AgreedQuantity,
  FindingCode,
  FindingDetail,
  FindingGroup,
  FindingParams,
  Partition,
  PercentRow,
  PSubject,
  ScaleSubject,
  SourceInterval,
  SourceName,
  VariantRange
} from "./FindingCode.js"

/** Formats a number for a sentence: integers as they are, others with `digits` decimals. */
export const fmt = (x: number, digits = 2): string => (Number.isInteger(x) ? String(x) : x.toFixed(digits))

const scaleNames = { nrs: "NRS", vas: "VAS", odi: "ODI" } as const
const months = { baseline: "baseline", m3: "3 months", m6: "6 months" } as const

// What a reader of the tables calls each subgroup, row and column (never the code's names).
const groupNames = { female: "women", male: "men", under55: "under 55", atLeast55: "55 or older" } as const

const rowNames: Record<PercentRow["row"], string> = {
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
}

const fieldNames = {
  baselineNrs: "baseline NRS",
  reductionM3: "NRS reduction at 3 months",
  reductionM6: "NRS reduction at 6 months"
} as const

const group = (g: FindingGroup) => (typeof g === "string" ? groupNames[g] : `stratum ${g.lo}–${g.hi}`)

const scaleLabel = (s: ScaleSubject): string => {
  const head =
    s.quantity === "age"
      ? "Age"
      : s.quantity === "nrsReduction"
        ? `NRS reduction at ${months[s.at]}`
        : s.at === "baseline"
          ? `Baseline ${scaleNames[s.quantity]}`
          : `${scaleNames[s.quantity]} at ${months[s.at]}`
  return s.group === undefined ? head : `${head}, ${group(s.group)}`
}

const scaleWhat = (p: FindingParams<"scaleSdWithin">) =>
  `${scaleLabel(p.subject)} (${fmt(p.mean, 1)} ± ${fmt(p.sd, 1)}, n = ${p.n}, integers ${p.min * p.step}–${p.max * p.step}${p.step === 1 ? "" : ` in steps of ${p.step}`})`

const lesions = (p: FindingParams<"lesionsTypical">) => ({
  what: `Cryolesions per procedure (${fmt(p.mean, 1)} ± ${fmt(p.sd, 1)}, n = ${p.n})`,
  stated: `typically ${p.min} to ${p.max} lesions per treated side`,
  typical: `${p.min} or ${p.max}`
})

const percentLabel = (r: PercentRow) =>
  `Table ${r.table}, ${rowNames[r.row]}${r.at === undefined ? "" : ` at ${months[r.at]}`}`

const respondersBy: Record<Partition, string> = {
  sex: "Table 8, 6-month responders by sex",
  age: "Table 9, 6-month responders by age",
  stratum: "Table 10, responders by baseline stratum"
}

const partitions: Record<Partition, string> = {
  sex: "Table 8's sexes",
  age: "Table 9's age groups",
  stratum: "Table 10's strata"
}

const quantities: Record<AgreedQuantity, string> = {
  baselineNrsMean: "Mean baseline NRS",
  baselineNrsSd: "SD of baseline NRS",
  nrsChangeM3: "Mean NRS change at 3 months",
  nrsChangeM6: "Mean NRS change at 6 months",
  vasChangeM3: "Mean VAS change at 3 months",
  vasChangeM6: "Mean VAS change at 6 months",
  odiChangeM3: "Mean ODI change at 3 months",
  odiChangeM6: "Mean ODI change at 6 months",
  cohensDNrsM3: "Cohen's d_av of the 3-month NRS change"
}

const sourceName = (s: SourceName): string => {
  switch (s.kind) {
    case "printed":
      return `the printed ${s.value}`
    case "percent":
      return `the percent change ${s.value}% of the baseline mean`
    case "combined":
      return `${partitions[s.by]} combined (integer sums)`
    case "pooled":
      return `${partitions[s.by]} pooled`
    case "difference":
      return "the difference of the printed means"
    case "strataForced":
      return "Table 10's stratum sizes and means (integer NRS)"
    case "dFromTable2":
      return "d_av from Table 2's change and SDs"
    case "dForcedSd":
      return "d_av with the baseline SD Table 10 forces"
  }
}

const source = (s: SourceInterval) => `${sourceName(s.name)} (${fmt(s.lo)} to ${fmt(s.hi)})`

const criteria = {
  reduction50: "NRS reduced by at least 50 %",
  reduction30: "NRS reduced by at least 30 %",
  nrsAtMost2: "NRS of 2 or less"
} as const

const pWhat = (s: PSubject): string => {
  switch (s.of) {
    case "meanBySubgroup":
      return `Table ${s.by === "sex" ? 8 : 9}, ${fieldNames[s.field]} by ${s.by} (Welch t from the printed means and SDs)`
    case "respondersOverTime":
      return `Table 4, ${rowNames[s.criterion]} at 3 vs 6 months as independent samples (chi-square from the printed counts, with and without Yates)`
    case "drugOverTime":
      return `Table 5, ${rowNames[s.drug]} at baseline vs 6 months as independent samples (chi-square from the printed counts, with and without Yates)`
    case "respondersBySubgroup":
      return `${s.by === "sex" ? "Table 8, responders by sex" : s.by === "age" ? "Table 9, responders by age" : "Table 10, responders by baseline stratum"} (chi-square from the printed counts, with and without Yates)`
    case "reductionByStratum":
      return "Table 10, reduction at 6 months by stratum (one-way ANOVA from the printed means and SDs)"
  }
}

/** A p-value in a sentence: "<0.001" below 0.001, else three decimals. */
export const pText = (p: number) => (p < 0.001 ? "<0.001" : fmt(p, 3))

const split = (s: { onlyFirst: number; onlySecond: number }) =>
  `${s.onlyFirst} only at 3 months and ${s.onlySecond} only at 6`

const variant = (v: VariantRange, printed: string) => {
  const head = `${v.variant[0]!.toUpperCase()}${v.variant.slice(1)}: p from ${pText(v.lo)} to ${pText(v.hi)}`
  if (v.hits.length > 0) return `${head}; ${printed} when ${v.hits.map(split).join(", or ")}`
  if (v.steps === null) return `${head}, never ${printed}`
  const { below, above } = v.steps
  return `${head}, which spans ${printed} but steps over it: ${pText(below.p)} when ${split(below)}, ${pText(above.p)} when ${split(above)}`
}

const pairedSentence = (p: FindingParams<"pairedPossible">, can: boolean) =>
  `Table 4, ${criteria[p.criterion]} at 3 vs 6 months as paired (McNemar's test on the same patients): the printed counts ` +
  `(${p.first} and ${p.second} of ${p.n}) allow ${p.fewestChanged} to ${p.mostChanged} patients who changed. ` +
  `${p.variants.map((v) => variant(v, String(p.printed))).join(". ")}. ` +
  (can
    ? `The printed p = ${p.printed} can come from a paired test.`
    : `No paired table with these counts gives the printed p = ${p.printed}.`)

const english: { readonly [C in FindingCode]: (p: FindingParams<C>) => string } = {
  scaleMeanImpossible: (p) =>
    `${scaleWhat({ ...p, lo: 0, hi: 0 })}: no sum of ${p.n} such scores gives a mean that prints as ${p.mean}.`,
  scaleSdWithin: (p) => `${scaleWhat(p)}: the SD is within the possible ${fmt(p.lo)}–${fmt(p.hi)}.`,
  scaleSdImpossible: (p) =>
    `${scaleWhat(p)} cannot exist: with that mean the SD of such scores lies between ${fmt(p.lo)} and ${fmt(p.hi)}.`,
  lesionsTypical: (p) => {
    const l = lesions(p)
    return `${l.what}: every procedure may have had ${l.typical} lesions, as the paper's "${l.stated}" says.`
  },
  lesionsOutsideTypical: (p) => {
    const l = lesions(p)
    const bound =
      p.sdMax === null
        ? `no mean of ${l.typical} lesions on every procedure prints as ${p.mean}`
        : `with ${l.typical} lesions on every procedure the SD would be at most ${fmt(p.sdMax)}`
    const howMany =
      p.fewest === null
        ? ""
        : ` At least ${p.fewest} of the ${p.n} procedures lay outside ${p.min}–${p.max} if each was one off (${p.min - 1} or ${p.max + 1}), fewer if further.`
    return `${l.what} contradict the paper's stated "${l.stated}" taken as a rule: ${bound}, so some procedures had fewer than ${p.min} or more than ${p.max} lesions.${howMany}`
  },
  percentAsPrinted: (p) => `${percentLabel(p.row)}: ${p.count}/${p.n} is ${p.printed}% as printed.`,
  percentNotPrinted: (p) =>
    `${percentLabel(p.row)}: ${p.count}/${p.n} is ${p.computed}%, not the printed ${p.printed}%.`,
  subgroupPercentCounts: (p) =>
    `${respondersBy[p.by]}: ${p.pct}% of ${p.n} is ${p.counts.join(" or ")} patients.`,
  subgroupPercentNoCount: (p) => `${respondersBy[p.by]}: no count of ${p.n} patients is ${p.pct}%.`,
  subgroupCountsAddUp: (p) =>
    `${respondersBy[p.by]}: the subgroup counts add up to the overall ${p.overall}.`,
  subgroupCountsNever: (p) =>
    `${respondersBy[p.by]}: the subgroup counts add up to ${p.sums.map((s) => fmt(s)).join(" or ")}, never the overall ${p.overall}.`,
  sourcesAgree: (p) => `${quantities[p.quantity]}: ${source(p.a)} and ${source(p.b)} agree.`,
  sourcesDisagree: (p) => `${quantities[p.quantity]} cannot satisfy both ${source(p.a)} and ${source(p.b)}.`,
  pReproducible: (p) =>
    `${pWhat(p.subject)}: p = ${p.printed} is reproducible from the printed summaries (${fmt(p.lo, 3)}–${fmt(p.hi, 3)}).`,
  pNotReproducible: (p) =>
    `${pWhat(p.subject)}: the printed summaries give p between ${fmt(p.lo, 3)} and ${fmt(p.hi, 3)}, not ${p.printed}.`,
  pairedPossible: (p) => pairedSentence(p, true),
  pairedImpossible: (p) => pairedSentence(p, false)
}

/**
 * A consistency finding in English (the API's `sentence`, the Word report's appendix):
 *
 *     describeFinding(detail("subgroupCountsAddUp", { by: "sex", overall: 52 }))
 *     // "Table 8, 6-month responders by sex: the subgroup counts add up to the overall 52."
 */
export const describeFinding = (d: FindingDetail): string =>
  (english[d.code] as (p: FindingDetail["params"]) => string)(d.params)
