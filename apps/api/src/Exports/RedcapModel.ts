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

const coded = (...values: ReadonlyArray<readonly [string, string, string]>): ReadonlyArray<Choice> =>
  values.map(([code, label, value]) => ({ code, label, value }))
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const date = (name: string, label: string, required = true): Field => ({
  name,
  label,
  type: "text",
  validation: "date_ymd",
  required
})
const int = (name: string, label: string, min: number, max: number, required = true): Field => ({
  name,
  label,
  type: "text",
  validation: "integer",
  min,
  max,
  required
})
const num = (name: string, label: string, min: number, max: number, required = true): Field => ({
  name,
  label,
  type: "text",
  validation: "number",
  min,
  max,
  required
})
const yesno = (name: string, label: string, required = true): Field => ({
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

const blockFields = (p: string, when?: string): Array<Field> => {
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

const odiFields: Array<Field> = Odi.sections.map((s, i) => ({
  name: `odi_${i + 1}`,
  label: `ODI section ${i + 1}: ${s}`,
  type: "radio",
  choices: coded(...[0, 1, 2, 3, 4, 5].map((n) => [String(n), String(n), String(n)] as const)),
  ...(i === 0 ? { section: "Oswestry Disability Index v2.1a (at most one section unanswered)" } : {})
}))
const answered = odiFields.map((f) => `if([${f.name}]='',0,1)`).join("+")
const odiCalc = `round(100*sum(${odiFields.map((f) => `[${f.name}]`).join(",")})/(5*(${answered})),1)`

const cycleFields = (n: number): Array<Field> => {
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

/** The study's instruments in order; `record_id` is the first field of the first. */
export const instruments: ReadonlyArray<Instrument> = [
  {
    name: "patient",
    label: "Patient",
    repeating: false,
    event: "screening_arm_1",
    fields: [
      { name: "record_id", label: "Patient id (pseudonymous)", type: "text", required: true },
      {
        name: "center_id",
        label: "Center",
        type: "text",
        required: true,
        note: "Set by the importing registry"
      },
      {
        name: "sex",
        label: "Sex",
        type: "radio",
        choices: coded(["1", "Female", "female"], ["2", "Male", "male"]),
        required: true
      },
      int("birth_year", "Year of birth", 1900, 2100),
      { name: "treated_side", label: "Treated side", type: "radio", choices: treatedSides, required: true }
    ]
  },
  {
    name: "screening",
    label: "Screening",
    repeating: false,
    event: "screening_arm_1",
    fields: [
      date("screening_date", "Date of screening"),
      num("pain_duration_months", "Duration of low back pain (months)", 0, 1200),
      int("screening_nrs", "NRS at screening (0-10)", 0, 10),
      num("conservative_care_months", "Failed conservative care (months)", 0, 1200),
      yesno("imaging_done", "MRI of the lumbar spine and SIJs done"),
      ...exclusions.map(
        ([, name, label], i): Field => ({
          name,
          label,
          type: "radio",
          choices: answers,
          required: true,
          ...(i === 0 ? { section: "Exclusion criteria" } : {})
        })
      )
    ]
  },
  {
    name: "diagnostic_block",
    label: "Diagnostic block",
    repeating: true,
    event: "screening_arm_1",
    fields: [
      ...blockFields("block_"),
      {
        ...yesno("comparative_done", "Comparative block with a long-acting agent done"),
        section: "Comparative block"
      },
      ...blockFields("comp_", "[comparative_done] = '1'")
    ]
  },
  {
    name: "procedure",
    label: "Cryoneurolysis procedure",
    repeating: false,
    event: "procedure_arm_1",
    fields: [
      date("procedure_date", "Date of the procedure"),
      { name: "operator", label: "Operator", type: "text", required: true, freeText: true },
      { name: "procedure_side", label: "Side", type: "radio", choices: treatedSides, required: true },
      {
        name: "device_serial",
        label: "Cryoprobe serial number",
        type: "text",
        required: true,
        freeText: true
      },
      num("duration_minutes", "Duration (minutes)", 1, 1440)
    ]
  },
  {
    name: "lesion",
    label: "Lesion",
    repeating: true,
    event: "procedure_arm_1",
    fields: [
      { name: "lesion_side", label: "Side", type: "radio", choices: sides, required: true },
      { name: "lesion_level", label: "Level", type: "radio", choices: levels, required: true },
      num("stim_frequency_hz", "Motor stimulation frequency (Hz)", 0.1, 1000),
      {
        name: "stim_voltages",
        label: "Voltages tried (V), in order",
        type: "text",
        note: "Numbers separated by semicolons, e.g. 0.5; 1; 2",
        required: false
      },
      num("stim_motor_response_v", "Voltage of a motor response (V; empty when none)", 0, 50, false),
      int("lesion_cycles", "Freeze-thaw cycles", 0, maxCycles),
      ...cycleFields(1),
      ...cycleFields(2),
      ...cycleFields(3)
    ]
  },
  {
    name: "follow_up_visit",
    label: "Follow-up visit",
    repeating: false,
    event: "baseline_arm_1",
    fields: [
      date("visit_date", "Date of the visit"),
      int("nrs", "Pain, NRS (0-10)", 0, 10),
      {
        name: "vas_mm",
        label: "Pain, VAS (mm on a 100 mm line)",
        type: "slider",
        sliderLabels: "No pain | | Worst imaginable pain",
        min: 0,
        max: 100,
        required: true
      },
      ...odiFields,
      { name: "odi_score", label: "ODI score (%)", type: "calc", calc: odiCalc },
      {
        name: "analgesic_drugs",
        label: "Analgesics taken regularly (generic names or ATC codes)",
        type: "notes",
        note: "Separated by semicolons",
        section: "Analgesic use"
      },
      {
        name: "analgesic_class",
        label: "Analgesic classes taken",
        type: "checkbox",
        choices: analgesicClasses
      }
    ]
  },
  {
    name: "adverse_event",
    label: "Adverse event",
    repeating: true,
    event: "procedure_arm_1",
    fields: [
      { name: "ae_type", label: "Type", type: "dropdown", choices: aeTypes, required: true },
      {
        name: "ae_description",
        label: "Description",
        type: "notes",
        branching: "[ae_type] = '8'",
        freeText: true,
        note: "Required for type Other"
      },
      { name: "ae_severity", label: "Severity", type: "radio", choices: severities, required: true },
      yesno("ae_serious", "Serious adverse event"),
      num("ae_onset_days", "Onset (days after the procedure)", 0, 3650),
      num(
        "ae_resolution_days",
        "Resolution (days after the procedure; empty while unresolved)",
        0,
        3650,
        false
      ),
      yesno("ae_related", "Related to the procedure")
    ]
  }
]

/** The events each instrument is designated for (the visit form in the three visit events). */
export const designations = (instrument: Instrument): ReadonlyArray<EventName> =>
  instrument.name === "follow_up_visit" ? Object.values(visitEvents) : [instrument.event]

/** A field by name. */
export const fieldNamed = new Map(
  instruments.flatMap((i) => i.fields.map((f) => [f.name, { field: f, instrument: i }] as const))
)

/** The columns of a record export: the REDCap ids, then each field (a checkbox one per choice), then `<form>_complete`. */
export const recordColumns: ReadonlyArray<string> = [
  "record_id",
  "redcap_event_name",
  "redcap_repeat_instrument",
  "redcap_repeat_instance",
  ...instruments.flatMap((i) => [
    ...i.fields.flatMap((f) =>
      f.name === "record_id" || f.type === "calc"
        ? []
        : f.type === "checkbox"
          ? (f.choices ?? []).map((c) => `${f.name}___${c.code}`)
          : [f.name]
    ),
    `${i.name}_complete`
  ])
]
