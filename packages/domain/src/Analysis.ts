/** A cell of the report: computed, or not computed with the reason in words. */
export type { Cells, Missing, Uncell } from "./Analysis/Cell.js"
export * as Cell from "./Analysis/Cell.js"
export { allComputed, notComputedCells } from "./Analysis/Cell.js"
/** Consistency checks of published summaries. */
export * from "./Analysis/CheckAssumptions.js"
export * from "./Analysis/CheckPaired.js"
export * from "./Analysis/CheckPublished.js"
/** Tables 1–10 from patient records, and their comparison with the paper. */
export * from "./Analysis/Compare.js"
/** A consistency finding as data (a code and its params), and in English. */
export { describeFinding } from "./Analysis/DescribeFinding.js"
/** Why a cell is not computed, as data (a code and its params), and in English. */
export { describeReason, describeWho } from "./Analysis/DescribeReason.js"
export * from "./Analysis/Finding.js"
export * as Findings from "./Analysis/FindingCode.js"
export { type FindingCode, FindingDetail } from "./Analysis/FindingCode.js"
export { formatP } from "./Analysis/Format.js"
/** The published tables (layout and values) and how they were printed. */
export * from "./Analysis/Printed.js"
export * from "./Analysis/Published.js"
export { decimals, json as publishedJson, study } from "./Analysis/PublishedStudy.js"
export * as Reason from "./Analysis/Reason.js"
export { NotComputedReason, type ReasonCode } from "./Analysis/Reason.js"
export type { ReportTables } from "./Analysis/ReportTables.js"
export * from "./Analysis/StudyReport.js"
/** One patient's row of the study tables, what a registry keeps to compute them without the records. */
export * from "./Analysis/StudyRow.js"
export * from "./Analysis/Tests.js"
/** Which patients the study analyses: screened, treated, not withdrawn. */
export * from "./Analysis/UnitOfAnalysis.js"
