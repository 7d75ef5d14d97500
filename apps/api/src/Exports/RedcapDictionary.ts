import { csvText } from "./Csv.js"
import { designations, events, type Field, type Instrument, instruments } from "./RedcapModel.js"

/** REDCap's data dictionary columns, in the order and with the names REDCap reads. */
export const dictionaryColumns = [
  "Variable / Field Name",
  "Form Name",
  "Section Header",
  "Field Type",
  "Field Label",
  "Choices, Calculations, OR Slider Labels",
  "Field Note",
  "Text Validation Type OR Show Slider Number",
  "Text Validation Min",
  "Text Validation Max",
  "Identifier?",
  "Branching Logic (Show field only if...)",
  "Required Field?",
  "Custom Alignment",
  "Question Number (surveys only)",
  "Matrix Group Name",
  "Matrix Ranking?",
  "Field Annotation"
] as const

const choicesOf = (f: Field): string =>
  f.type === "calc"
    ? (f.calc ?? "")
    : f.type === "slider"
      ? (f.sliderLabels ?? "")
      : f.type === "yesno"
        ? ""
        : (f.choices ?? []).map((c) => `${c.code}, ${c.label}`).join(" | ")

const bound = (n: number | undefined) => (n === undefined ? "" : String(n))

const dictionaryRow = (i: Instrument, f: Field): Array<string> => [
  f.name,
  i.name,
  f.section ?? "",
  f.type,
  f.label,
  choicesOf(f),
  f.note ?? "",
  f.type === "slider" ? "number" : (f.validation ?? ""),
  bound(f.min),
  bound(f.max),
  "",
  f.branching ?? "",
  f.required === true && f.name !== "record_id" ? "y" : "",
  f.type === "radio" || f.type === "yesno" ? "LH" : "",
  "",
  "",
  "",
  f.type === "calc" ? "@READONLY" : ""
]

/** `dictionary.csv`: one row per field, the record id first. */
export const dictionaryCsv = (): string =>
  csvText(
    dictionaryColumns,
    instruments.flatMap((i) => i.fields.map((f) => dictionaryRow(i, f)))
  )

/** `instrument-event-mapping.csv`: which instrument is collected at which event (arm 1). */
export const instrumentEventMappingCsv = (): string =>
  csvText(
    ["arm_num", "unique_event_name", "form"],
    events.flatMap((e) =>
      instruments.filter((i) => designations(i).includes(e.unique)).map((i) => ["1", e.unique, i.name])
    )
  )

/** `events.csv`: the events of arm 1 as REDCap's events upload (Define My Events) reads them. */
export const eventsCsv = (): string =>
  csvText(
    ["event_name", "arm_num", "unique_event_name", "custom_event_label"],
    events.map((e) => [e.name, "1", e.unique, ""])
  )

/** `repeating-instruments.csv`: the repeating instruments per event (REDCap's repeating forms import). */
export const repeatingInstrumentsCsv = (): string =>
  csvText(
    ["event_name", "form_name", "custom_form_label"],
    instruments.filter((i) => i.repeating).map((i) => [i.event, i.name, ""])
  )
