import { Schema } from "effect"

/** What was measured: a scale, or a visit attended. */
export const Measure = Schema.Literal("nrs", "vas", "odi", "visit")
export type Measure = typeof Measure.Type

/** When it was measured: one time point, two together, all three, or either follow-up. */
export const MeasuredAt = Schema.Literal(
  "baseline",
  "m3",
  "m6",
  "baselineAndM3",
  "baselineAndM6",
  "all",
  "m3OrM6"
)
export type MeasuredAt = typeof MeasuredAt.Type

/** The patients a figure needs: those with `measure` at `at` ("an NRS at baseline, 3 and 6 months"). */
export const Who = Schema.Struct({ measure: Measure, at: MeasuredAt })
export type Who = typeof Who.Type

/** A statistic or test of the report, by name. */
export const TestName = Schema.Literal(
  "shapiroWilk",
  "rmAnova",
  "mauchly",
  "friedman",
  "wilcoxon",
  "bonferroniTests",
  "bonferroniTest",
  "chiSquare",
  "cohensD",
  "mixedModel",
  "tTest",
  "oneWayAnova"
)
export type TestName = typeof TestName.Type

/** A subgroup of Tables 8–10. */
export const Subgroup = Schema.Literal(
  "female",
  "male",
  "under55",
  "atLeast55",
  "nrs5to6",
  "nrs7to8",
  "nrs9to10"
)
export type Subgroup = typeof Subgroup.Type

/** A figure of Tables 1 and 6 taken over every treated patient. */
export const Quantity = Schema.Literal(
  "age",
  "symptomMonths",
  "baselineNrs",
  "baselineVas",
  "baselineOdi",
  "lesions",
  "duration"
)
export type Quantity = typeof Quantity.Type

/** A responder criterion of Table 4. */
export const Criterion = Schema.Literal("reduction50", "reduction30", "nrsAtMost2")
export type Criterion = typeof Criterion.Type

/** A drug category of Table 5. */
export const DrugCategory = Schema.Literal("nsaids", "opioids")
export type DrugCategory = typeof DrugCategory.Type

/** The size of one group a between-group test compares. */
export const GroupSize = Schema.Struct({ group: Subgroup, n: Schema.Number })
export type GroupSize = typeof GroupSize.Type

const Count = Schema.NonNegativeInt
const counted = { n: Count, who: Who, test: TestName }
const groups = { who: Who, groups: Schema.Array(GroupSize) }

const kind = <C extends string, F extends Schema.Struct.Fields>(code: C, params: F) =>
  Schema.Struct({
    code: Schema.Literal(code),
    params: Schema.Struct(params),
    /** The subgroup the cell belongs to (Tables 8–10). */
    group: Schema.optional(Subgroup)
  })

/**
 * Why a cell of the report was not computed, as data: a `code` per kind of sentence and its typed
 * `params`. `describeReason` words it in English; the dashboard words it in the user's language.
 */
export const NotComputedReason = Schema.Union(
  kind("noTreatedPatient", {}),
  kind("noPatient", { who: Who }),
  kind("tooFew", counted),
  kind("sameValues", counted),
  kind("emptyCountTableRow", counted),
  kind("notEstimable", counted),
  kind("cannotCompute", counted),
  kind("meanSdNeedsTwo", { who: Who }),
  kind("meanSdUndefined", { who: Who }),
  kind("sdNeedsTwo", { quantity: Quantity }),
  kind("summaryUndefined", { quantity: Quantity, statistic: Schema.Literal("mean", "sd") }),
  kind("changeUndefined", { measure: Measure }),
  kind("statisticUndefined", {}),
  kind("mixedModelTooFew", { n: Count, who: Who, needed: Count }),
  kind("mixedModelUndefined", {}),
  kind("noVisit", { visit: Schema.Literal("baseline", "m3", "m6") }),
  kind("noneUsed", { n: Count, who: Who, drug: DrugCategory }),
  kind("allUsed", { n: Count, who: Who, drug: DrugCategory }),
  kind("noBaselineUse", { drug: DrugCategory }),
  kind("noResponder", { n: Count, who: Who, criterion: Criterion }),
  kind("allResponders", { n: Count, who: Who, criterion: Criterion }),
  kind("sameValueEveryone", { who: Who, test: TestName }),
  kind("sameReductionEveryone", { who: Who, test: TestName }),
  kind("needsTwoPerGroup", { ...groups, test: TestName }),
  kind("needsEveryGroup", { ...groups, test: TestName }),
  kind("needsEveryStratum", { ...groups, test: TestName }),
  kind("noResponderM6", { n: Count, who: Who }),
  kind("allRespondersM6", { n: Count, who: Who }),
  kind("undefinedForPatients", { n: Count, test: TestName })
)
export type NotComputedReason = typeof NotComputedReason.Type

/** The kinds of reason a cell is not computed. */
export type ReasonCode = NotComputedReason["code"]

/** The params of one kind of reason. */
export type ReasonParams<C extends ReasonCode> = Extract<NotComputedReason, { code: C }>["params"]

/** A reason of kind `code` with `params` (and the subgroup it concerns, if any). */
export const reason = <C extends ReasonCode>(
  code: C,
  params: ReasonParams<C>,
  group?: Subgroup
): NotComputedReason =>
  (group === undefined ? { code, params } : { code, params, group }) as NotComputedReason

/** The same reason, about one subgroup of Tables 8–10. */
export const inGroup = (r: NotComputedReason, group: Subgroup): NotComputedReason => ({ ...r, group })

/** The patients "who" a figure needs, as data. */
export const who = (measure: Measure, at: MeasuredAt): Who => ({ measure, at })
