import {
  aeTypes,
  analgesicClasses,
  answers,
  blockFields,
  coded,
  cycleFields,
  date,
  type EventName,
  exclusions,
  type Field,
  type Instrument,
  int,
  levels,
  maxCycles,
  num,
  odiCalc,
  odiFields,
  severities,
  sides,
  treatedSides,
  visitEvents,
  yesno
} from "./RedcapFields.js"

export * from "./RedcapFields.js"

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
