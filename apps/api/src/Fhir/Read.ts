import type { ImportCode, ImportProblem, IssueParams } from "@cryoreg/contract"
import { problemAt, rules } from "../Imports/Problems.js"
import type { ParsedPatient, Sourced } from "../Imports/Source.js"
import {
  adverseEventOf,
  blockOf,
  codes,
  type Entry,
  extValue,
  hasCode,
  isBlock,
  isCryoneurolysis,
  isScreening,
  type Json,
  locator,
  procedureOf,
  screeningOf,
  type VisitParts,
  visitOf
} from "./ReadRecords.js"
import { codeSystem, extension as ext, loinc, system, terminology } from "./Terms.js"

/** A problem the reader found, in the import core's words: file, row (the entry), column (a FHIRPath), rule, message. */
export type ReadProblem = ImportProblem

const imported = [
  "Patient",
  "Observation",
  "Procedure",
  "Device",
  "Encounter",
  "QuestionnaireResponse",
  "Questionnaire",
  "AdverseEvent",
  "MedicationStatement"
]

interface Gathered {
  readonly patient: Sourced
  screening?: Sourced
  readonly blocks: Array<Sourced>
  procedure?: Sourced
  readonly visits: Array<VisitParts>
  readonly adverseEvents: Array<Sourced>
}

/**
 * Reads a FHIR `transaction` or `collection` Bundle (the export's own, or one made to the same profiles)
 * into parsed patients. What cannot be read at all is a problem naming the entry and a FHIRPath in it;
 * what is read is checked afterwards by the contract's Schemas and the forms' rules.
 */
export const readBundle = (
  file: string,
  bundle: unknown
): { patients: Array<ParsedPatient>; problems: Array<ReadProblem> } => {
  const problems: Array<ReadProblem> = []
  const problem = (
    row: number | null,
    column: string,
    rule: string,
    message: string,
    code: ImportCode,
    params: IssueParams = {}
  ) => problems.push(problemAt({ file, row, column }, rule, message, code, params))
  const b = bundle as Json | null
  if (b === null || typeof b !== "object" || b.resourceType !== "Bundle") {
    problem(null, "Bundle", rules.file, "send a FHIR Bundle (resourceType Bundle)", "notBundle")
    return { patients: [], problems }
  }
  if (b.type !== "transaction" && b.type !== "collection")
    problem(
      null,
      "Bundle.type",
      rules.file,
      `a Bundle of type transaction or collection is imported, not ${JSON.stringify(b.type)}`,
      "bundleType",
      { value: typeof b.type === "string" ? b.type : JSON.stringify(b.type ?? null) }
    )
  const raw: Array<Json> = Array.isArray(b.entry) ? b.entry : []
  const entries: Array<Entry> = raw.map((e, index) => ({ index, resource: (e?.resource ?? {}) as Json }))
  const byRef = new Map<string, Entry>()
  for (const entry of entries) {
    const e = raw[entry.index]!
    if (typeof e?.fullUrl === "string") byRef.set(e.fullUrl, entry)
    if (typeof entry.resource.id === "string")
      byRef.set(`${entry.resource.resourceType}/${entry.resource.id}`, entry)
    if (b.type === "transaction" && e?.request?.method !== "POST" && e?.request?.method !== "PUT")
      problem(
        entry.index,
        `Bundle.entry[${entry.index}].request.method`,
        rules.file,
        `a transaction's entry is a POST or PUT, not ${JSON.stringify(e?.request?.method ?? null)}`,
        "entryMethod",
        { value: String(e?.request?.method ?? "") }
      )
    if (!imported.includes(entry.resource.resourceType))
      problem(
        entry.index,
        `Bundle.entry[${entry.index}].resource.resourceType`,
        rules.file,
        `a ${entry.resource.resourceType ?? "resource without a type"} is not imported; the registry reads ${imported.join(", ")}`,
        "resourceNotImported",
        { value: String(entry.resource.resourceType ?? ""), allowed: imported }
      )
  }
  const resolve = (entry: Entry, path: string): Entry | null => {
    const ref = entry.resource[path.split(".")[0]!]
    const reference = path.includes(".")
      ? entry.resource.focalDevice?.[0]?.manipulated?.reference
      : ref?.reference
    const target = typeof reference === "string" ? byRef.get(reference) : undefined
    if (target !== undefined) return target
    problem(
      entry.index,
      `Bundle.entry[${entry.index}].resource.${path}`,
      rules.reference,
      `the reference ${JSON.stringify(reference ?? null)} names no entry of the Bundle`,
      "referenceUnresolved",
      { value: typeof reference === "string" ? reference : "" }
    )
    return null
  }

  const patients = new Map<Entry, Gathered>()
  for (const e of entries.filter((x) => x.resource.resourceType === "Patient")) {
    const r = e.resource
    patients.set(e, {
      patient: {
        input: {
          id: (r.identifier ?? []).find((i: Json) => i.system === system.patient)?.value,
          sex: r.gender,
          birthYear:
            typeof r.birthDate === "string" && /^\d{4}/.test(r.birthDate)
              ? Number(r.birthDate.slice(0, 4))
              : r.birthDate,
          centerId: r.managingOrganization?.identifier?.value,
          treatedSide: extValue(r, ext.treatedSide)
        },
        at: locator(file, e, {
          id: `.identifier.where(system='${system.patient}').value`,
          sex: ".gender",
          birthYear: ".birthDate",
          centerId: ".managingOrganization.identifier.value",
          treatedSide: `.extension('${ext.treatedSide}').value`
        })
      },
      blocks: [],
      visits: [],
      adverseEvents: []
    })
  }
  const ownerOf = (e: Entry): Gathered | undefined => {
    const target = resolve(e, "subject")
    if (target === null) return undefined
    const owner = patients.get(target)
    if (owner === undefined)
      problem(
        e.index,
        `Bundle.entry[${e.index}].resource.subject`,
        rules.reference,
        `${e.resource.subject?.reference} is not a Patient of the Bundle`,
        "notPatientReference",
        { value: String(e.resource.subject?.reference ?? "") }
      )
    return owner
  }
  const visits = new Map<Entry, VisitParts & { drugs: Array<Entry> }>()
  for (const e of entries.filter((x) => x.resource.resourceType === "Encounter")) {
    const parts = { encounter: e, drugs: [] as Array<Entry> }
    visits.set(e, parts)
    ownerOf(e)?.visits.push(parts)
  }
  const visitOfEntry = (e: Entry, path: "encounter" | "context") => {
    const target = resolve(e, path)
    return target === null ? undefined : visits.get(target)
  }
  for (const e of entries) {
    const r = e.resource
    if (r.resourceType === "Observation" && isScreening(r)) {
      const owner = ownerOf(e)
      if (owner !== undefined) owner.screening = screeningOf(file, e)
    } else if (r.resourceType === "Observation") {
      const visit = visitOfEntry(e, "encounter") as
        | { -readonly [K in keyof VisitParts]: VisitParts[K] }
        | undefined
      if (visit === undefined) continue
      if (hasCode(r.code, terminology.loinc, loinc.nrs.code)) visit.nrs = e
      else if (hasCode(r.code, codeSystem.record, "vas")) visit.vas = e
      else if (!hasCode(r.code, terminology.loinc, loinc.odi.code))
        problem(
          e.index,
          `Bundle.entry[${e.index}].resource.code`,
          rules.file,
          `an Observation of ${JSON.stringify(codes(r.code)[0]?.code ?? r.code?.text ?? null)} is not a registry measure (NRS, VAS, ODI, screening)`,
          "unknownMeasure",
          { value: String(codes(r.code)[0]?.code ?? r.code?.text ?? "") }
        )
      // the ODI total is not read: the registry scores the answers itself
    } else if (r.resourceType === "QuestionnaireResponse") {
      const visit = visitOfEntry(e, "encounter") as { answers?: Entry } | undefined
      if (visit !== undefined) visit.answers = e
    } else if (r.resourceType === "MedicationStatement") visitOfEntry(e, "context")?.drugs.push(e)
    else if (r.resourceType === "Procedure" && isBlock(r)) ownerOf(e)?.blocks.push(blockOf(file, e))
    else if (r.resourceType === "Procedure") {
      const owner = ownerOf(e)
      if (!isCryoneurolysis(r))
        problem(
          e.index,
          `Bundle.entry[${e.index}].resource.code`,
          rules.file,
          "a Procedure is read as the cryoneurolysis (its SNOMED CT code 1204278004) or a diagnostic block (with the block-injection extension)",
          "unknownProcedure"
        )
      else if (owner !== undefined) {
        const device = resolve(e, "focalDevice.manipulated")
        owner.procedure = procedureOf(file, e, device?.resource ?? null)
      }
    } else if (r.resourceType === "AdverseEvent") ownerOf(e)?.adverseEvents.push(adverseEventOf(file, e))
  }
  return {
    patients: [...patients.values()].map((g) => ({
      patient: g.patient,
      screening: g.screening,
      blocks: g.blocks,
      procedure: g.procedure,
      visits: g.visits.map((v) => visitOf(file, v)),
      adverseEvents: g.adverseEvents
    })),
    problems
  }
}
