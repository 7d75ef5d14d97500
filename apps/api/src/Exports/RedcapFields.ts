import { Odi } from "@cryoreg/domain"

/** A REDCap field type this project uses. */
export type FieldType = "text" | "notes" | "radio" | "dropdown" | "checkbox" | "yesno" | "slider" | "calc"

/** One coded answer: the code REDCap stores, the label it shows, and the registry's value. */
export interface Choice {
  readonly code: string
  readonly label: string
  readonly value: string
}

/** One field of the data dictionary (and an ItemDef of the ODM metadata). */
export interface Field {
  readonly name: string
  readonly label: string
  readonly type: FieldType
  readonly choices?: ReadonlyArray<Choice>
  readonly validation?: "date_ymd" | "integer" | "number"
  readonly min?: number
  readonly max?: number
  readonly required?: boolean
  readonly branching?: string
  readonly note?: string
  readonly section?: string
  readonly calc?: string
  readonly sliderLabels?: string
  /** Free text: left empty in the statistician's pseudonymous export. */
  readonly freeText?: boolean
}

/** An instrument (a REDCap form, an ODM FormDef) and the events it is designated for. */
export interface Instrument {
  readonly name: string
  readonly label: string
  readonly repeating: boolean
  readonly event: EventName
  readonly fields: ReadonlyArray<Field>
}

/** The study's events, all in arm 1; REDCap derives each unique name from the event name. */
export const events = [
  { name: "Screening", unique: "screening_arm_1", day: 0 },
  { name: "Procedure", unique: "procedure_arm_1", day: 0 },
  { name: "Baseline", unique: "baseline_arm_1", day: 0 },
  { name: "Month 3", unique: "month_3_arm_1", day: 90 },
  { name: "Month 6", unique: "month_6_arm_1", day: 180 }
] as const
export type EventName = (typeof events)[number]["unique"]

/** The visit event of each time point. */
export const visitEvents = {
  baseline: "baseline_arm_1",
  month3: "month_3_arm_1",
  month6: "month_6_arm_1"
} as const

/** Choices from [code, label, registry value] triples. */
export const coded = (...values: ReadonlyArray<readonly [string, string, string]>): ReadonlyArray<Choice> =>
  values.map(([code, label, value]) => ({ code, label, value }))
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
/** A date field (date_ymd). */
export const date = (name: string, label: string, required = true): Field => ({
  name,
  label,
  type: "text",
  validation: "date_ymd",
  required
})
/** A whole-number field with its range. */
export const int = (name: string, label: string, min: number, max: number, required = true): Field => ({
  name,
  label,
  type: "text",
  validation: "integer",
  min,
  max,
  required
})
/** A number field with its range. */
export const num = (name: string, label: string, min: number, max: number, required = true): Field => ({
  name,
  label,
  type: "text",
  validation: "number",
  min,
  max,
  required
})
/** A yes/no field. */
export const yesno = (name: string, label: string, required = true): Field => ({
  name,
  label,
  type: "yesno",
  required
})

export const sides = coded(["1", "Left", "left"], ["2", "Right", "right"])
export const treatedSides = coded(
  ["1", "Left", "left"],
  ["2", "Right", "right"],
  ["3", "Bilateral", "bilateral"]
)
export const answers = coded(["1", "Yes", "yes"], ["0", "No", "no"], ["9", "Unknown", "unknown"])
export const levels = coded(["1", "L5", "L5"], ["2", "S1", "S1"], ["3", "S2", "S2"], ["4", "S3", "S3"])
export const anesthetics = coded(
  ...([
    "lidocaine",
    "mepivacaine",
    "prilocaine",
    "articaine",
    "bupivacaine",
    "levobupivacaine",
    "ropivacaine"
  ].map((a, i) => [String(i + 1), capital(a), a] as const) as ReadonlyArray<
    readonly [string, string, string]
  >)
)
export const analgesicClasses = coded(
  ["1", "NSAIDs", "nsaids"],
  ["2", "Non-opioid combination analgesics", "combinationAnalgesics"],
  ["3", "Opioid-containing analgesics", "opioidContaining"]
)
export const aeTypes = coded(
  ...(
    [
      "local hematoma",
      "transient paresthesia",
      "procedural pain",
      "temporary motor weakness",
      "infection",
      "permanent neurological deficit",
      "bleeding",
      "other"
    ] as const
  ).map((t, i) => [String(i + 1), capital(t), t] as const)
)
export const severities = coded(
  ["1", "Mild", "mild"],
  ["2", "Moderate", "moderate"],
  ["3", "Severe", "severe"]
)

/** The eight exclusion criteria: registry key, REDCap field, label. */
export const exclusions = [
  ["acuteOrProgressiveRadiculopathy", "excl_radiculopathy", "Acute or progressive radiculopathy"],
  [
    "nerveRootCompressionRequiringSurgery",
    "excl_root_compression",
    "Nerve root compression requiring surgery"
  ],
  ["inflammatorySacroiliitis", "excl_sacroiliitis", "Inflammatory sacroiliitis"],
  ["priorSijFusion", "excl_sij_fusion", "Prior sacroiliac joint fusion"],
  ["coagulationDisorder", "excl_coagulation", "Coagulation disorder"],
  ["activeInfection", "excl_infection", "Active infection"],
  ["pregnancy", "excl_pregnancy", "Pregnancy"],
  ["severeSystemicDisease", "excl_systemic_disease", "Severe systemic disease"]
] as const

/** Most freeze-thaw cycles a lesion has (the protocol's maximum): cycle fields 1 to 3. */
export const maxCycles = 3

/** The fields of one block injection (`block_…`, or `comp_…` for the comparative block). */
export const blockFields = (p: string, when?: string): Array<Field> => {
  const fields: Array<Field> = [
    date(`${p}date`, "Date of the block"),
    { name: `${p}agent`, label: "Local anesthetic", type: "dropdown", choices: anesthetics, required: true },
    num(`${p}concentration`, "Concentration (%)", 0.1, 10),
    num(`${p}volume_ml`, "Volume (ml)", 0.1, 20),
    yesno(`${p}contrast`, "Intra-articular spread confirmed with contrast"),
    int(`${p}nrs_before`, "NRS before the injection (0-10)", 0, 10),
    int(`${p}nrs_after`, "NRS after the injection (0-10)", 0, 10),
    num(`${p}minutes_after`, "Minutes after the injection when reassessed", 0, 1440),
    num(`${p}relief_hours`, "Duration of relief (hours)", 0, 720, false)
  ]
  return fields.map((f) => (when === undefined ? f : { ...f, branching: when }))
}

/** The ten ODI section fields (radio 0–5). */
export const odiFields: Array<Field> = Odi.sections.map((s, i) => ({
  name: `odi_${i + 1}`,
  label: `ODI section ${i + 1}: ${s}`,
  type: "radio",
  choices: coded(...[0, 1, 2, 3, 4, 5].map((n) => [String(n), String(n), String(n)] as const)),
  ...(i === 0 ? { section: "Oswestry Disability Index v2.1a (at most one section unanswered)" } : {})
}))
const answered = odiFields.map((f) => `if([${f.name}]='',0,1)`).join("+")
/** The ODI score as REDCap calculates it: total / (5 × sections answered) × 100. */
export const odiCalc = `round(100*sum(${odiFields.map((f) => `[${f.name}]`).join(",")})/(5*(${answered})),1)`

/** The fields of freeze-thaw cycle n, shown when the lesion has that many. */
export const cycleFields = (n: number): Array<Field> => {
  const when = n === 1 ? undefined : `[lesion_cycles] >= ${n}`
  return [
    num(`cycle${n}_start_s`, `Cycle ${n}: freeze start (s from procedure start)`, 0, 86400),
    num(`cycle${n}_end_s`, `Cycle ${n}: freeze end (s)`, 0, 86400),
    num(`cycle${n}_thaw_s`, `Cycle ${n}: thaw complete (s; empty if not recorded)`, 0, 86400, false),
    num(`cycle${n}_target_c`, `Cycle ${n}: target temperature (°C)`, -200, 100),
    num(
      `cycle${n}_reached_c`,
      `Cycle ${n}: coldest tip temperature (°C; empty without telemetry)`,
      -200,
      100,
      false
    )
  ].map((f, i) => ({
    ...f,
    ...(when === undefined ? {} : { branching: when }),
    ...(i === 0 ? { section: `Freeze-thaw cycle ${n}` } : {})
  }))
}
