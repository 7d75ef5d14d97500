/**
 * The tidy CSV template's columns, one list per file: each column's name, how its text is read, where
 * its value goes in the contract's input (`path`), which rows use it, an example and what it means. The
 * parser, the cell of every problem, the downloadable template and the README's tables all follow these.
 */

/** How a cell's text is read: blank is "not given" everywhere (null for the `nullable` kinds). */
export type CellKind =
  | "text"
  | "integer"
  | "number"
  | "nullableNumber"
  | "nullableInteger"
  | "date"
  | "yesNo"
  | "list"
  | "numbers"

/** The rows of `visits.csv`: the patient's screening, each diagnostic block, and the follow-up visits. */
export const timepoints = ["screening", "block", "baseline", "month3", "month6"] as const
export type Timepoint = (typeof timepoints)[number]

/** Which part of the import a column fills. */
export type Part = "patient" | "screening" | "block" | "visit" | "procedure" | "lesion" | "adverseEvent"

export interface Column {
  readonly name: string
  readonly kind: CellKind
  readonly part: Part
  readonly path: ReadonlyArray<string | number>
  readonly example: string
  readonly means: string
}

const col = (
  name: string,
  kind: CellKind,
  part: Part,
  path: ReadonlyArray<string | number>,
  example: string,
  means: string
): Column => ({ name, kind, part, path, example, means })

const patientColumns: ReadonlyArray<Column> = [
  col(
    "patient_id",
    "text",
    "patient",
    ["id"],
    "WAW-0201",
    "the patient's pseudonymous id, beginning with the center's prefix"
  ),
  col("center", "text", "patient", ["centerId"], "waw", "the center's id; blank: the importing center"),
  col("sex", "text", "patient", ["sex"], "female", "female or male"),
  col("birth_year", "integer", "patient", ["birthYear"], "1968", "year of birth"),
  col("treated_side", "text", "patient", ["treatedSide"], "right", "left, right or bilateral")
]

const exclusions = [
  ["excl_acute_radiculopathy", "acuteOrProgressiveRadiculopathy", "acute or progressive radiculopathy"],
  [
    "excl_root_compression_surgery",
    "nerveRootCompressionRequiringSurgery",
    "nerve root compression requiring surgery"
  ],
  ["excl_inflammatory_sacroiliitis", "inflammatorySacroiliitis", "inflammatory sacroiliitis"],
  ["excl_prior_sij_fusion", "priorSijFusion", "prior SIJ fusion"],
  ["excl_coagulation_disorder", "coagulationDisorder", "coagulation disorder"],
  ["excl_active_infection", "activeInfection", "active infection"],
  ["excl_pregnancy", "pregnancy", "pregnancy"],
  ["excl_severe_systemic_disease", "severeSystemicDisease", "severe systemic disease"]
] as const

// A comparative block (a second injection with another anesthetic) on the block's row: blank when none.
const comparativeColumns = () =>
  (
    [
      ["date", "date", "date"],
      ["agent", "text", "local anesthetic"],
      ["concentration_percent", "number", "concentration, %"],
      ["volume_ml", "number", "volume, ml"],
      ["contrast_confirmed", "yesNo", "confirmed with contrast: yes or no"],
      ["nrs_before", "integer", "pain before, NRS 0–10"],
      ["nrs_after", "integer", "pain after, NRS 0–10"],
      ["minutes_after", "number", "minutes after the injection the pain was rated"],
      ["relief_hours", "number", "hours the relief lasted (optional)"]
    ] as const
  ).map(([name, kind, words]) => {
    const field = {
      date: "date",
      agent: "agent",
      concentration_percent: "concentrationPercent",
      volume_ml: "volumeMl",
      contrast_confirmed: "contrastConfirmed",
      nrs_before: "nrsBefore",
      nrs_after: "nrsAfter",
      minutes_after: "minutesAfter",
      relief_hours: "reliefDurationHours"
    }[name]
    return col(
      `comparative_${name}`,
      kind,
      "block",
      ["comparative", field],
      "",
      `comparative block (optional): ${words}`
    )
  })

/** `visits.csv`: one row per patient and time point. */
export const visitColumns: ReadonlyArray<Column> = [
  ...patientColumns,
  col("timepoint", "text", "patient", [], "screening", `the row's time point: ${timepoints.join(", ")}`),
  col(
    "date",
    "date",
    "patient",
    ["date"],
    "2026-03-02",
    "date of the screening, block or visit (YYYY-MM-DD)"
  ),
  col("pain_duration_months", "number", "screening", ["painDurationMonths"], "14", "months of SIJ pain"),
  col("baseline_nrs", "integer", "screening", ["baselineNrs"], "7", "pain at screening, NRS 0–10"),
  col(
    "conservative_care_failed_months",
    "number",
    "screening",
    ["conservativeCareFailedMonths"],
    "6",
    "months of failed conservative care"
  ),
  col("imaging_done", "yesNo", "screening", ["imagingDone"], "yes", "imaging done: yes or no"),
  ...exclusions.map(([name, field, words]) =>
    col(name, "text", "screening", ["exclusions", field], "no", `${words}: yes, no or unknown`)
  ),
  col(
    "block_agent",
    "text",
    "block",
    ["agent"],
    "lidocaine",
    "local anesthetic: lidocaine, mepivacaine, prilocaine, articaine, bupivacaine, levobupivacaine or ropivacaine"
  ),
  col(
    "block_concentration_percent",
    "number",
    "block",
    ["concentrationPercent"],
    "2",
    "concentration, % (0.1–10)"
  ),
  col("block_volume_ml", "number", "block", ["volumeMl"], "1.5", "volume, ml (over 0, at most 20)"),
  col(
    "block_contrast_confirmed",
    "yesNo",
    "block",
    ["contrastConfirmed"],
    "yes",
    "placement confirmed with contrast: yes or no"
  ),
  col("block_nrs_before", "integer", "block", ["nrsBefore"], "8", "pain before the block, NRS 0–10"),
  col("block_nrs_after", "integer", "block", ["nrsAfter"], "3", "pain after the block, NRS 0–10"),
  col(
    "block_minutes_after",
    "number",
    "block",
    ["minutesAfter"],
    "45",
    "minutes after the injection the pain was rated (0–1440)"
  ),
  col(
    "block_relief_hours",
    "number",
    "block",
    ["reliefDurationHours"],
    "",
    "hours the relief lasted (optional, 0–720)"
  ),
  ...comparativeColumns(),
  col("nrs", "integer", "visit", ["nrs"], "7", "pain, NRS 0–10"),
  col("vas_mm", "number", "visit", ["vasMm"], "68", "pain, VAS in mm 0–100"),
  ...Array.from({ length: 10 }, (_, i) =>
    col(
      `odi_${i + 1}`,
      "nullableInteger",
      "visit",
      ["odiAnswers", i],
      "2",
      `ODI section ${i + 1}: 0–5, blank when not answered`
    )
  ),
  col(
    "analgesics",
    "list",
    "visit",
    ["analgesics", "drugs"],
    "ibuprofen; tramadol",
    "analgesics taken, separated by ;"
  ),
  col(
    "nsaids",
    "yesNo",
    "visit",
    ["analgesics", "nsaids"],
    "",
    "NSAIDs taken: yes or no (optional: otherwise from the drugs)"
  ),
  col(
    "combination_analgesics",
    "yesNo",
    "visit",
    ["analgesics", "combinationAnalgesics"],
    "",
    "combination analgesics taken: yes or no (optional)"
  ),
  col(
    "opioid_containing",
    "yesNo",
    "visit",
    ["analgesics", "opioidContaining"],
    "",
    "opioid-containing analgesics taken: yes or no (optional)"
  )
]

/** Freeze cycles a lesion row has columns for. */
export const cyclesPerRow = 3

/** `procedures.csv`: one row per lesion; the procedure's columns on its first row (later rows: blank or the same). */
export const procedureColumns: ReadonlyArray<Column> = [
  col("patient_id", "text", "procedure", [], "WAW-0201", "the patient's id"),
  col("procedure_date", "date", "procedure", ["date"], "2026-03-16", "date of the procedure (YYYY-MM-DD)"),
  col("operator", "text", "procedure", ["operator"], "Dr A. Nowak", "who performed it"),
  col(
    "side",
    "text",
    "procedure",
    ["side"],
    "right",
    "side treated: left, right or bilateral (the patient's treated side)"
  ),
  col(
    "device_serial",
    "text",
    "procedure",
    ["deviceSerial"],
    "CF-A13-0042",
    "the cryoprobe console's serial"
  ),
  col("duration_minutes", "number", "procedure", ["durationMinutes"], "40", "duration, minutes (1–1440)"),
  col("lesion_side", "text", "lesion", ["side"], "right", "side of this lesion: left or right"),
  col("level", "text", "lesion", ["level"], "S1", "level of the lesion: L5, S1, S2, S3"),
  col(
    "stimulation_hz",
    "number",
    "lesion",
    ["stimulation", "frequencyHz"],
    "2",
    "motor stimulation test frequency, Hz"
  ),
  col(
    "voltages_tried",
    "numbers",
    "lesion",
    ["stimulation", "voltagesTried"],
    "0.5; 1; 1.5; 2",
    "voltages tried, V, separated by ;"
  ),
  col(
    "motor_response_at_v",
    "nullableNumber",
    "lesion",
    ["stimulation", "motorResponseAtVoltage"],
    "",
    "voltage of a motor response, V; blank: none"
  ),
  ...Array.from({ length: cyclesPerRow }, (_, k) => {
    const n = k + 1
    const at = (field: string) => ["freezeCycles", k, field]
    return [
      col(
        `cycle${n}_start_s`,
        "number",
        "lesion",
        at("startedAt"),
        n === 1 ? "100" : n === 2 ? "270" : "",
        `freeze cycle ${n}: start, seconds from the procedure's start (blank: no cycle ${n})`
      ),
      col(
        `cycle${n}_end_s`,
        "number",
        "lesion",
        at("endedAt"),
        n === 1 ? "220" : n === 2 ? "390" : "",
        `freeze cycle ${n}: end of the freeze, s`
      ),
      col(
        `cycle${n}_thaw_end_s`,
        "nullableNumber",
        "lesion",
        at("thawCompletedAt"),
        n === 1 ? "260" : n === 2 ? "430" : "",
        `freeze cycle ${n}: thaw complete, s (blank: not recorded)`
      ),
      col(
        `cycle${n}_target_c`,
        "number",
        "lesion",
        at("targetTemperatureC"),
        n === 3 ? "" : "-78",
        `freeze cycle ${n}: target temperature, °C`
      ),
      col(
        `cycle${n}_reached_c`,
        "nullableNumber",
        "lesion",
        at("reachedTemperatureC"),
        n === 3 ? "" : "-77",
        `freeze cycle ${n}: temperature reached, °C (blank: not recorded)`
      )
    ]
  }).flat()
]

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

/** The three files of a tidy import, by the multipart field they are uploaded in. */
export const tidyFiles = {
  visits: { name: "visits.csv", columns: visitColumns, required: true },
  procedures: { name: "procedures.csv", columns: procedureColumns, required: false },
  adverseEvents: { name: "adverse-events.csv", columns: adverseEventColumns, required: false }
} as const
export type TidyFile = keyof typeof tidyFiles

/** The column that holds the field at `path` (the longest column path it starts with, or that starts with it). */
export const columnAt = (
  columns: ReadonlyArray<Column>,
  parts: ReadonlyArray<Part>,
  path: ReadonlyArray<string | number>
) => {
  const candidates = columns.filter((c) => parts.includes(c.part) && c.path.length > 0)
  const prefix = (a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>) =>
    a.length <= b.length && a.every((p, i) => p === b[i])
  const within = candidates
    .filter((c) => prefix(c.path, path))
    .sort((a, b) => b.path.length - a.path.length)[0]
  return (within ?? candidates.find((c) => path.length > 0 && prefix(path, c.path)))?.name ?? null
}
