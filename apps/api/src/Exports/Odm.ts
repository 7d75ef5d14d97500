import type { Choice, Field, Instrument } from "./RedcapModel.js"
import { designations, events, fieldNamed, instruments } from "./RedcapModel.js"
import type { RecordRow } from "./RedcapRecords.js"

// XML 1.0 allows no C0 control but tab, newline and carriage return: those cannot be written at all.
const invalid = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;"
}
/** Text for an attribute value or element content: escaped, line breaks kept as character references. */
export const xmlEscape = (text: string): string =>
  text.replace(invalid, "").replace(/[&<>"'\n\r\t]/g, (c) => entities[c] ?? c)

const attrs = (a: Record<string, string | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(v as string)}"`)
    .join("")
const text = (element: string, value: string) =>
  `<${element}><TranslatedText xml:lang="en">${xmlEscape(value)}</TranslatedText></${element}>`

/** The OIDs of the study's metadata. */
export const oid = {
  study: "S.CRYOREG",
  metadata: "MDV.1",
  event: (unique: string) => `SE.${unique.toUpperCase()}`,
  form: (name: string) => `F.${name.toUpperCase()}`,
  group: (name: string) => `IG.${name.toUpperCase()}`,
  item: (name: string) => `I.${name.toUpperCase()}`,
  codeList: (name: string) => `CL.${name.toUpperCase()}`
} as const

/** The ODM items of a field: one, or one per choice of a checkbox. */
const itemsOf = (f: Field): Array<{ name: string; field: Field; choice?: Choice }> =>
  f.type === "calc"
    ? []
    : f.type === "checkbox"
      ? (f.choices ?? []).map((c) => ({ name: `${f.name}___${c.code}`, field: f, choice: c }))
      : [{ name: f.name, field: f }]

const dataType = (f: Field, checkbox: boolean) =>
  checkbox || f.type === "yesno"
    ? "boolean"
    : f.validation === "date_ymd"
      ? "date"
      : f.validation === "integer" || f.type === "radio" || f.type === "dropdown" || f.type === "slider"
        ? "integer"
        : f.validation === "number"
          ? "float"
          : "text"

const rangeChecks = (f: Field) =>
  [
    ["GE", f.min],
    ["LE", f.max]
  ]
    .filter(([, v]) => v !== undefined)
    .map(
      ([c, v]) =>
        `<RangeCheck${attrs({ Comparator: String(c), SoftHard: "Hard" })}><CheckValue>${v}</CheckValue></RangeCheck>`
    )
    .join("")

const itemDef = (item: ReturnType<typeof itemsOf>[number]) => {
  const f = item.field
  const label = item.choice === undefined ? f.label : `${f.label}: ${item.choice.label}`
  const coded = item.choice === undefined && (f.choices !== undefined || f.type === "yesno")
  return `<ItemDef${attrs({ OID: oid.item(item.name), Name: item.name, DataType: dataType(f, item.choice !== undefined) })}>${text("Question", label)}${rangeChecks(f)}${coded ? `<CodeListRef CodeListOID="${oid.codeList(f.type === "yesno" ? "yesno" : f.name)}"/>` : ""}</ItemDef>`
}

const codeList = (name: string, type: string, choices: ReadonlyArray<{ code: string; label: string }>) =>
  `<CodeList${attrs({ OID: oid.codeList(name), Name: name, DataType: type })}>${choices
    .map((c) => `<CodeListItem${attrs({ CodedValue: c.code })}>${text("Decode", c.label)}</CodeListItem>`)
    .join("")}</CodeList>`

const yesNo = [
  { code: "1", label: "Yes" },
  { code: "0", label: "No" }
]

/** The ODM file's opening and its study metadata, up to the opening of `ClinicalData`. */
export const odmHead = (createdAt: string, fileOid: string): string => {
  const studyEvents = events
    .map(
      (e) =>
        `<StudyEventDef${attrs({ OID: oid.event(e.unique), Name: e.name, Repeating: "No", Type: "Scheduled" })}>${instruments
          .filter((i) => designations(i).includes(e.unique))
          .map(
            (i, n) =>
              `<FormRef${attrs({ FormOID: oid.form(i.name), OrderNumber: String(n + 1), Mandatory: "No" })}/>`
          )
          .join("")}</StudyEventDef>`
    )
    .join("")
  const forms = instruments
    .map(
      (i) =>
        `<FormDef${attrs({ OID: oid.form(i.name), Name: i.label, Repeating: i.repeating ? "Yes" : "No" })}><ItemGroupRef${attrs({ ItemGroupOID: oid.group(i.name), Mandatory: "Yes" })}/></FormDef>`
    )
    .join("")
  const groups = instruments
    .map(
      (i: Instrument) =>
        `<ItemGroupDef${attrs({ OID: oid.group(i.name), Name: i.label, Repeating: "No" })}>${i.fields
          .flatMap(itemsOf)
          .map(
            (it, n) =>
              `<ItemRef${attrs({ ItemOID: oid.item(it.name), OrderNumber: String(n + 1), Mandatory: it.field.required === true ? "Yes" : "No" })}/>`
          )
          .join("")}</ItemGroupDef>`
    )
    .join("")
  const fields = instruments.flatMap((i) => i.fields)
  const items = fields.flatMap(itemsOf).map(itemDef).join("")
  const lists = [
    codeList("yesno", "integer", yesNo),
    ...fields
      .filter((f) => f.choices !== undefined && f.type !== "checkbox")
      .map((f) => codeList(f.name, "integer", f.choices ?? []))
  ].join("")
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3"${attrs({ ODMVersion: "1.3.2", FileType: "Snapshot", FileOID: fileOid, CreationDateTime: createdAt, SourceSystem: "cryoreg" })}>\n`,
    `<Study OID="${oid.study}"><GlobalVariables><StudyName>cryoreg</StudyName>`,
    "<StudyDescription>Cryoneurolysis of the sacral lateral branches for chronic sacroiliac joint pain: multicenter registry</StudyDescription>",
    "<ProtocolName>Gogol et al. 2026</ProtocolName></GlobalVariables>\n",
    `<MetaDataVersion${attrs({ OID: oid.metadata, Name: "cryoreg REDCap-compatible metadata" })}><Protocol>${events
      .map(
        (e, n) =>
          `<StudyEventRef${attrs({ StudyEventOID: oid.event(e.unique), OrderNumber: String(n + 1), Mandatory: "No" })}/>`
      )
      .join("")}</Protocol>\n`,
    studyEvents,
    "\n",
    forms,
    "\n",
    groups,
    "\n",
    items,
    "\n",
    lists,
    "\n</MetaDataVersion></Study>\n",
    `<ClinicalData${attrs({ StudyOID: oid.study, MetaDataVersionOID: oid.metadata })}>\n`
  ].join("")
}

/** The closing of `ClinicalData` and of the file. */
export const odmTail = "</ClinicalData>\n</ODM>\n"

const formData = (instrument: string, repeatKey: number | null, values: ReadonlyArray<[string, string]>) =>
  `<FormData${attrs({ FormOID: oid.form(instrument), FormRepeatKey: repeatKey === null ? undefined : String(repeatKey) })}><ItemGroupData${attrs({ ItemGroupOID: oid.group(instrument) })}>${values
    .map(([name, value]) => `<ItemData${attrs({ ItemOID: oid.item(name), Value: value })}/>`)
    .join("")}</ItemGroupData></FormData>`

const instrumentOf = (column: string) => fieldNamed.get(column.replace(/___\w+$/, ""))?.instrument.name

/** One subject's `SubjectData`: its REDCap rows grouped into study events and forms. */
export const subjectData = (
  subjectKey: string,
  rows: ReadonlyArray<RecordRow>,
  hideFreeText: boolean
): string => {
  const byEvent = new Map<string, Array<string>>()
  for (const row of rows) {
    const forms = new Map<string, Array<[string, string]>>()
    for (const [column, value] of Object.entries(row.values)) {
      if (value === "" || column.endsWith("_complete")) continue
      if (hideFreeText && fieldNamed.get(column)?.field.freeText === true) continue
      const instrument = instrumentOf(column)
      if (instrument === undefined) continue
      forms.set(instrument, [...(forms.get(instrument) ?? []), [column, value]])
    }
    const list = byEvent.get(row.event) ?? []
    for (const [instrument, values] of forms) list.push(formData(instrument, row.instance, values))
    byEvent.set(row.event, list)
  }
  return `<SubjectData${attrs({ SubjectKey: subjectKey })}>${[...byEvent]
    .map(
      ([event, forms]) =>
        `<StudyEventData${attrs({ StudyEventOID: oid.event(event) })}>${forms.join("")}</StudyEventData>`
    )
    .join("")}</SubjectData>\n`
}
