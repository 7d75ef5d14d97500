import type { Cells } from "./Cell.js"
import type { StudyTables } from "./Published.js"

/** Tables 1–10 in the paper's layout, each printed cell computed or not computed with its reason. */
export type ReportTables = Cells<StudyTables>
