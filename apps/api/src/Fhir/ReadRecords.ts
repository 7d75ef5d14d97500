import { Odi } from "@cryoreg/domain"
import type { Locate, Sourced } from "../Imports/Source.js"
import { type Extension, extensionOf, readFields } from "./Extensions.js"
import { codeSystem, extension as ext, loinc, snomed, system, terminology } from "./Terms.js"

// biome-ignore lint/suspicious/noExplicitAny: FHIR JSON is read field by field.
export type Json = Record<string, any>

/** A Bundle entry: its index (the `row` of a problem) and its resource. */
export interface Entry {
  readonly index: number
  readonly resource: Json
}

export const codes = (concept: Json | undefined): Array<{ system?: string; code?: string }> =>
  concept?.coding ?? []
export const hasCode = (concept: Json | undefined, sys: string, code: string) =>
  codes(concept).some((c) => c.system === sys && c.code === code)
export const extValue = (resource: Json, url: string): unknown => {
  const e = extensionOf(resource, url) as (Extension & { valueDecimal?: number }) | undefined
  return e === undefined
    ? undefined
    : (e.valueCode ?? e.valueInteger ?? e.valueDecimal ?? e.valueBoolean ?? e.valueString)
}

/** The rest of a field's path inside nested extensions: `[2].extension('stimulation').extension('frequencyHz')`. */
export const nested = (path: ReadonlyArray<string | number>): string =>
  path.map((p) => (typeof p === "number" ? `[${p}]` : `.extension('${p}')`)).join("")

/** A locator: a field's path to a FHIRPath in one entry (by the path's first name), else the entry. */
export const locator =
  (file: string, entry: Entry, fields: Record<string, string>): Locate =>
  (path) => ({
    file,
    row: entry.index,
    column: `Bundle.entry[${entry.index}].resource${
      path.length === 0
        ? ""
        : fields[String(path[0])] === undefined
          ? nested(path)
          : `${fields[String(path[0])]}${nested(path.slice(1))}`
    }`
  })

const yesNo: Record<string, string> = { Y: "yes", N: "no", UNK: "unknown" }
const component = (r: Json, code: string) =>
  (r.component ?? []).find(
    (c: Json) =>
      hasCode(c.code, codeSystem.screening, code) ||
      (code === "baselineNrs" && hasCode(c.code, terminology.loinc, loinc.nrs.code))
  )

/** Is this Observation a screening? */
export const isScreening = (r: Json) =>
  r.resourceType === "Observation" && hasCode(r.code, codeSystem.record, "screening")
/** Is this Procedure a diagnostic block? */
export const isBlock = (r: Json) =>
  r.resourceType === "Procedure" && extensionOf(r, ext.blockInjection) !== undefined

export const screeningOf = (file: string, e: Entry): Sourced => {
  const r = e.resource
  const exclusionIds = (r.component ?? [])
    .map((c: Json) => codes(c.code).find((x) => x.system === codeSystem.screening)?.code)
    .filter(
      (c: string | undefined) =>
        c !== undefined && !["painDurationMonths", "conservativeCareFailedMonths", "imagingDone"].includes(c)
    )
  const fields: Record<string, string> = { date: ".effectiveDateTime", exclusions: ".component" }
  for (const name of ["painDurationMonths", "conservativeCareFailedMonths", "imagingDone", "baselineNrs"])
    fields[name] =
      `.component.where(code.coding.code='${name === "baselineNrs" ? loinc.nrs.code : name}').value`
  return {
    input: {
      date: r.effectiveDateTime,
      painDurationMonths: component(r, "painDurationMonths")?.valueQuantity?.value,
      baselineNrs: component(r, "baselineNrs")?.valueInteger,
      conservativeCareFailedMonths: component(r, "conservativeCareFailedMonths")?.valueQuantity?.value,
      imagingDone: component(r, "imagingDone")?.valueBoolean,
      exclusions: Object.fromEntries(
        exclusionIds.map((id: string) => {
          const c = component(r, id)
          const code = codes(c?.valueCodeableConcept).find((x) => x.system === terminology.yesNo)?.code
          return [id, code === undefined ? c?.valueCodeableConcept?.text : (yesNo[code] ?? code)]
        })
      )
    },
    at: locator(file, e, fields)
  }
}

export const blockOf = (file: string, e: Entry): Sourced => {
  const injections = (e.resource.extension ?? []).filter((x: Extension) => x.url === ext.blockInjection)
  const first = injections.find((x: Extension) => !(x.extension ?? []).some((s) => s.url === "comparative"))
  const second = injections.find((x: Extension) => (x.extension ?? []).some((s) => s.url === "comparative"))
  const { comparative: _, ...comparative } =
    second === undefined ? { comparative: null } : readFields(second.extension ?? [])
  return {
    input: {
      ...(first === undefined ? {} : readFields(first.extension ?? [])),
      ...(second === undefined ? {} : { comparative })
    },
    at: (path) => ({
      file,
      row: e.index,
      column: `Bundle.entry[${e.index}].resource.extension('${ext.blockInjection}')${path.length === 0 ? "" : path[0] === "comparative" ? `[1].extension('${String(path[1] ?? "")}')` : `[0].extension('${String(path[0])}')`}`
    })
  }
}

/** Is this Procedure the cryoneurolysis? */
export const isCryoneurolysis = (r: Json) =>
  r.resourceType === "Procedure" && hasCode(r.code, terminology.snomed, snomed.cryoablation.code)

export const procedureOf = (file: string, e: Entry, device: Json | null): Sourced => {
  const r = e.resource
  const lesions = (r.extension ?? []).filter((x: Extension) => x.url === ext.lesion)
  return {
    input: {
      date: r.performedDateTime,
      operator: r.performer?.[0]?.actor?.display,
      side: extValue(r, ext.treatedSide),
      deviceSerial:
        device?.serialNumber ??
        (device?.identifier ?? []).find((i: Json) => i.system === system.deviceSerial)?.value,
      durationMinutes: extValue(r, ext.durationMinutes),
      lesions: lesions.map((l: Extension) => {
        const lesion = readFields(l.extension ?? [], new Set(["freezeCycles", "voltagesTried"]))
        const stimulation = lesion.stimulation as Json | undefined
        return {
          ...lesion,
          freezeCycles: lesion.freezeCycles ?? [],
          ...(stimulation === undefined
            ? {}
            : { stimulation: { ...stimulation, voltagesTried: stimulation.voltagesTried ?? [] } })
        }
      })
    },
    at: locator(file, e, {
      date: ".performedDateTime",
      operator: ".performer[0].actor.display",
      side: `.extension('${ext.treatedSide}').value`,
      deviceSerial: ".focalDevice[0].manipulated.resolve().serialNumber",
      durationMinutes: `.extension('${ext.durationMinutes}').value`,
      lesions: `.extension('${ext.lesion}')`
    })
  }
}

/** The parts of one visit: its Encounter and the resources that point at it. */
export interface VisitParts {
  readonly encounter: Entry
  readonly nrs?: Entry
  readonly vas?: Entry
  readonly answers?: Entry
  readonly drugs: Array<Entry>
}

export const visitOf = (file: string, v: VisitParts): Sourced => {
  const r = v.encounter.resource
  const boxes = extensionOf(r, ext.analgesicCategories)
  const items: Array<Json> = v.answers?.resource.item ?? []
  const fields: Record<string, string> = {
    timepoint: `.extension('${ext.timepoint}').value`,
    date: ".period.start"
  }
  const located = (entry: Entry | undefined, column: string) =>
    entry === undefined ? null : { entry, column }
  const parts: Record<string, { entry: Entry; column: string } | null> = {
    nrs: located(v.nrs, ".valueInteger"),
    vasMm: located(v.vas, ".valueQuantity.value"),
    odiAnswers: located(v.answers, ".item"),
    analgesics: {
      entry: v.drugs[0] ?? v.encounter,
      column:
        v.drugs.length === 0 ? `.extension('${ext.analgesicCategories}')` : ".medicationCodeableConcept.text"
    }
  }
  return {
    input: {
      timepoint:
        extValue(r, ext.timepoint) ?? codes(r.type?.[0]).find((c) => c.system === codeSystem.record)?.code,
      date: r.period?.start ?? v.nrs?.resource.effectiveDateTime,
      nrs: v.nrs?.resource.valueInteger,
      vasMm: v.vas?.resource.valueQuantity?.value,
      odiAnswers: Odi.sections.map((_, i) => {
        const item = items.find((it) => it.linkId === `odi-${i + 1}`)
        return item?.answer?.[0]?.valueInteger ?? null
      }),
      analgesics: {
        drugs: v.drugs.map(
          (d) =>
            d.resource.medicationCodeableConcept?.text ??
            codes(d.resource.medicationCodeableConcept).find((c) => c.system === terminology.atc)?.code
        ),
        ...(boxes === undefined ? {} : readFields(boxes.extension ?? []))
      }
    },
    at: (path) => {
      const part = parts[String(path[0])]
      if (part === undefined || part === null) return locator(file, v.encounter, fields)(path)
      const which =
        path[0] === "odiAnswers" && typeof path[1] === "number"
          ? `.item.where(linkId='odi-${path[1] + 1}').answer`
          : part.column
      return { file, row: part.entry.index, column: `Bundle.entry[${part.entry.index}].resource${which}` }
    }
  }
}

const eventType = (r: Json) =>
  codes(r.event)
    .find((c) => c.system === codeSystem.adverseEventType)
    ?.code?.replace(/-/g, " ")

export const adverseEventOf = (file: string, e: Entry): Sourced => {
  const r = e.resource
  const code = (field: string) =>
    codes(r[field]).find((c) => c.system === `http://terminology.hl7.org/CodeSystem/adverse-event-${field}`)
      ?.code
  const serious = code("seriousness")
  const description = extValue(r, ext.description)
  return {
    input: {
      type: eventType(r) ?? r.event?.text,
      ...(description === undefined ? {} : { description }),
      severity: code("severity"),
      serious: serious === undefined ? undefined : serious === "serious",
      onsetDays: extValue(r, ext.onsetDays),
      resolutionDays: extValue(r, ext.resolutionDays) ?? null,
      relatedToProcedure: extValue(r, ext.relatedToProcedure)
    },
    at: locator(file, e, {
      type: ".event",
      description: `.extension('${ext.description}').value`,
      severity: ".severity",
      serious: ".seriousness",
      onsetDays: `.extension('${ext.onsetDays}').value`,
      resolutionDays: `.extension('${ext.resolutionDays}').value`,
      relatedToProcedure: `.extension('${ext.relatedToProcedure}').value`
    })
  }
}
