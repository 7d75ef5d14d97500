import { type Column, col } from "./Column.js"

/** `adverse-events.csv`: one row per adverse event. */
export const adverseEventColumns: ReadonlyArray<Column> = [
  col("patient_id", "text", "adverseEvent", [], "WAW-0201", "the patient's id"),
  col(
    "type",
    "text",
    "adverseEvent",
    ["type"],
    "local hematoma",
    "local hematoma, transient paresthesia, procedural pain, temporary motor weakness, infection, permanent neurological deficit, bleeding or other"
  ),
  col("description", "text", "adverseEvent", ["description"], "", "what happened (needed for type other)"),
  col("severity", "text", "adverseEvent", ["severity"], "mild", "mild, moderate or severe"),
  col("serious", "yesNo", "adverseEvent", ["serious"], "no", "a serious adverse event: yes or no"),
  col(
    "onset_days",
    "number",
    "adverseEvent",
    ["onsetDays"],
    "1",
    "days after the procedure it began (0–3650)"
  ),
  col(
    "resolution_days",
    "nullableNumber",
    "adverseEvent",
    ["resolutionDays"],
    "7",
    "days after the procedure it resolved; blank: not resolved"
  ),
  col(
    "related_to_procedure",
    "yesNo",
    "adverseEvent",
    ["relatedToProcedure"],
    "yes",
    "related to the procedure: yes or no"
  )
]
