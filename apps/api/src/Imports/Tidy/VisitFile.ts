/** `visits.csv`: the patient, the screening, each diagnostic block and the follow-up visits, a row each. */

import { type Column, col, timepoints } from "./Column.js"

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
