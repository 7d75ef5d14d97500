import { Schema } from "effect"
import * as Access from "./Access.js"
import * as E from "./Endpoint.js"
import { ImportQuery, ImportReport } from "./Imports.js"

// REDCap (data dictionary, events, records) and CDISC ODM exports, and the REDCap records import.
const tag = "REDCap and ODM"
const { importRoles, readerRoles } = Access

const csv = (name: string, path: string, summary: string, description?: string) =>
  E.get(name, {
    path,
    tag,
    summary,
    ...(description === undefined ? {} : { description }),
    roles: readerRoles,
    success: Schema.String,
    answer: "csv"
  })

/** `GET /api/export/redcap/dictionary.csv`. */
export const redcapDictionary = csv(
  "redcapDictionary",
  "/api/export/redcap/dictionary.csv",
  "The registry's REDCap data dictionary (18 columns, the record id first)"
)

/** `GET /api/export/redcap/events.csv`. */
export const redcapEvents = csv("redcapEvents", "/api/export/redcap/events.csv", "The REDCap events of arm 1")

/** `GET /api/export/redcap/instrument-event-mapping.csv`. */
export const redcapInstrumentEventMapping = csv(
  "redcapInstrumentEventMapping",
  "/api/export/redcap/instrument-event-mapping.csv",
  "Which REDCap instrument is collected at which event"
)

/** `GET /api/export/redcap/repeating-instruments.csv`. */
export const redcapRepeatingInstruments = csv(
  "redcapRepeatingInstruments",
  "/api/export/redcap/repeating-instruments.csv",
  "The repeating REDCap instruments and their events"
)

/** `GET /api/export/redcap/records.csv`. */
export const redcapRecords = csv(
  "redcapRecords",
  "/api/export/redcap/records.csv",
  "The records the caller may see in REDCap's flat longitudinal format (streamed)",
  "One row per patient and event, and one per repeated instrument (diagnostic blocks, lesions, adverse events) " +
    "with `redcap_repeat_instrument` and `redcap_repeat_instance`. The statistician's has pseudonyms and no free text."
)

/** `GET /api/export/odm.xml`. */
export const odmExport = E.get("odmExport", {
  path: "/api/export/odm.xml",
  tag,
  summary: "The study's metadata and the records the caller may see as CDISC ODM 1.3.2 (streamed)",
  roles: readerRoles,
  success: Schema.String,
  answer: "xml"
})

/** `POST /api/import/redcap`. */
export const importRedcap = E.post("importRedcap", {
  path: "/api/import/redcap",
  tag,
  summary: "Imports a REDCap records CSV (the layout of records.csv) into the caller's center",
  description:
    "Send the file as `text/csv`. Every row goes through the import core and the forms' rules; with any problem " +
    "nothing is stored and the report lists every one by file, row and column (`format=csv`: as CSV). " +
    "`dryRun=1` checks and stores nothing; records stored already with the same values are left unchanged.",
  roles: importRoles,
  query: ImportQuery,
  success: ImportReport,
  status: 200,
  upload: "csv",
  errors: ["AlreadyRecorded", "RuleViolation", "UnsupportedMediaType"]
})
