import { Schema } from "effect"
import { Criterion, DrugCategory } from "./Reason.js"

/** The three ways McNemar's test is commonly run on a 2 × 2 table of paired outcomes. */
export const mcnemarVariants = ["with continuity correction", "without correction", "exact"] as const
export type McNemarVariant = (typeof mcnemarVariants)[number]

/** A time point of the published tables. */
export const TimePoint = Schema.Literal("baseline", "m3", "m6")
export type TimePoint = typeof TimePoint.Type

/** A subgroup of Tables 8 and 9, or a stratum of Table 10 by its baseline NRS range. */
export const FindingGroup = Schema.Union(
  Schema.Literal("female", "male", "under55", "atLeast55"),
  Schema.Struct({ lo: Schema.Number, hi: Schema.Number })
)
export type FindingGroup = typeof FindingGroup.Type

/** A mean ± SD cell of integer scores: a scale at a time point, the age, or an NRS reduction of a subgroup. */
export const ScaleSubject = Schema.Struct({
  quantity: Schema.Literal("nrs", "vas", "odi", "age", "nrsReduction"),
  at: TimePoint,
  group: Schema.optional(FindingGroup)
})
export type ScaleSubject = typeof ScaleSubject.Type

/** A published percentage of a count: a row of Table 1, 4, 5 or 7 (at a time point in Tables 4 and 5). */
export const PercentRow = Schema.Struct({
  table: Schema.Literal(1, 4, 5, 7),
  row: Schema.Literal(
    "female",
    "male",
    "rightSide",
    "leftSide",
    "positiveBlock",
    ...Criterion.literals,
    ...DrugCategory.literals,
    "localHematoma",
    "transientParesthesia",
    "proceduralPain",
    "temporaryMotorWeakness",
    "infection",
    "permanentNeurologicalDeficit"
  ),
  at: Schema.optional(TimePoint)
})
export type PercentRow = typeof PercentRow.Type

/** How Tables 8, 9 and 10 split the patients: by sex, by age, by baseline NRS stratum. */
export const Partition = Schema.Literal("sex", "age", "stratum")
export type Partition = typeof Partition.Type

/** A quantity several published cells each imply a value of. */
export const AgreedQuantity = Schema.Literal(
  "baselineNrsMean",
  "baselineNrsSd",
  "nrsChangeM3",
  "nrsChangeM6",
  "vasChangeM3",
  "vasChangeM6",
  "odiChangeM3",
  "odiChangeM6",
  "cohensDNrsM3"
)
export type AgreedQuantity = typeof AgreedQuantity.Type

/** Where an interval for a quantity comes from. */
export const SourceName = Schema.Union(
  Schema.Struct({ kind: Schema.Literal("printed", "percent"), value: Schema.Number }),
  Schema.Struct({ kind: Schema.Literal("combined", "pooled"), by: Partition }),
  Schema.Struct({ kind: Schema.Literal("difference", "strataForced", "dFromTable2", "dForcedSd") })
)
export type SourceName = typeof SourceName.Type

/** One source's interval for a quantity. */
export const SourceInterval = Schema.Struct({ name: SourceName, lo: Schema.Number, hi: Schema.Number })
export type SourceInterval = typeof SourceInterval.Type

/** What a printed p-value compares, which also names the test recomputing it. */
export const PSubject = Schema.Union(
  /** Welch t of a Table 8/9 mean between sexes or age groups. */
  Schema.Struct({
    of: Schema.Literal("meanBySubgroup"),
    field: Schema.Literal("baselineNrs", "reductionM3", "reductionM6"),
    by: Schema.Literal("sex", "age")
  }),
  /** Chi-square of Table 4's responders at 3 vs 6 months. */
  Schema.Struct({ of: Schema.Literal("respondersOverTime"), criterion: Criterion }),
  /** Chi-square of Table 5's drug use at baseline vs 6 months. */
  Schema.Struct({ of: Schema.Literal("drugOverTime"), drug: DrugCategory }),
  /** Chi-square of responders between the groups of Table 8, 9 or 10. */
  Schema.Struct({ of: Schema.Literal("respondersBySubgroup"), by: Partition }),
  /** One-way ANOVA of Table 10's 6-month reduction between strata. */
  Schema.Struct({ of: Schema.Literal("reductionByStratum") })
)
export type PSubject = typeof PSubject.Type

/** A p-value as the paper prints it. */
export const PrintedPValue = Schema.Union(Schema.Number, Schema.Literal("<0.001"))

/** A paired table by its discordant patients, and McNemar's p on it. */
export const Split = Schema.Struct({ onlyFirst: Schema.Number, onlySecond: Schema.Number })
const SplitP = Schema.Struct({ ...Split.fields, p: Schema.Number })

/** One McNemar variant over the allowed tables: its p range, the tables printing the p, or the two stepping over it. */
export const VariantRange = Schema.Struct({
  variant: Schema.Literal(...mcnemarVariants),
  lo: Schema.Number,
  hi: Schema.Number,
  hits: Schema.Array(Split),
  steps: Schema.NullOr(Schema.Struct({ below: SplitP, above: SplitP }))
})
export type VariantRange = typeof VariantRange.Type

const N = Schema.Number
const meanSd = { mean: N, sd: N, n: N }
const scale = { subject: ScaleSubject, ...meanSd, min: N, max: N, step: N }
const typical = { ...meanSd, min: N, max: N }
const percent = { row: PercentRow, count: N, n: N, printed: N }
const subgroup = { by: Partition, n: N, pct: N }
const agreeing = { quantity: AgreedQuantity, a: SourceInterval, b: SourceInterval }
const pValue = { subject: PSubject, printed: PrintedPValue, lo: N, hi: N }
const paired = {
  criterion: Criterion,
  first: N,
  second: N,
  n: N,
  fewestChanged: N,
  mostChanged: N,
  printed: PrintedPValue,
  variants: Schema.Array(VariantRange)
}

const kind = <C extends string, F extends Schema.Struct.Fields>(code: C, params: F) =>
  Schema.Struct({ code: Schema.Literal(code), params: Schema.Struct(params) })

/**
 * A consistency finding as data: a `code` per kind of sentence and its typed `params` (numbers, the
 * cells' subjects). `describeFinding` words it in English; the dashboard in the user's language.
 */
export const FindingDetail = Schema.Union(
  kind("scaleMeanImpossible", scale),
  kind("scaleSdWithin", { ...scale, lo: N, hi: N }),
  kind("scaleSdImpossible", { ...scale, lo: N, hi: N }),
  kind("lesionsTypical", typical),
  kind("lesionsOutsideTypical", { ...typical, sdMax: Schema.NullOr(N), fewest: Schema.NullOr(N) }),
  kind("percentAsPrinted", percent),
  kind("percentNotPrinted", { ...percent, computed: N }),
  kind("subgroupPercentCounts", { ...subgroup, counts: Schema.Array(N) }),
  kind("subgroupPercentNoCount", subgroup),
  kind("subgroupCountsAddUp", { by: Partition, overall: N }),
  kind("subgroupCountsNever", { by: Partition, overall: N, sums: Schema.Array(N) }),
  kind("sourcesAgree", agreeing),
  kind("sourcesDisagree", agreeing),
  kind("pReproducible", pValue),
  kind("pNotReproducible", pValue),
  kind("pairedPossible", paired),
  kind("pairedImpossible", paired)
)
export type FindingDetail = typeof FindingDetail.Type

/** The kinds of consistency finding. */
export type FindingCode = FindingDetail["code"]

/** The params of one kind of finding. */
export type FindingParams<C extends FindingCode> = Extract<FindingDetail, { code: C }>["params"]

/** A finding's detail of kind `code` with `params`. */
export const detail = <C extends FindingCode>(code: C, params: FindingParams<C>): FindingDetail =>
  ({ code, params }) as FindingDetail
