import { Analgesics, type Model, Odi } from "@cryoreg/domain"
import type { LoadedPatient } from "../Analysis/Load.js"
import * as Clinical from "./Clinical.js"
import { recordExtension } from "./Extensions.js"
import { codeSystem, extension as ext, fhirId, snomed, system, terminology } from "./Terms.js"

/** A FHIR R4 resource as JSON. */
export interface Resource {
  readonly resourceType: string
  readonly id: string
  readonly [key: string]: unknown
}

/** How a patient is named in an export: by the registry id, or (statistician) by the export pseudonym. */
export interface Naming {
  readonly pseudonymize: ((id: string) => string) | null
}

const record = (id: string) => [{ system: system.record, value: id }]
const ref = (type: string, id: string) => ({ reference: `${type}/${id}` })

const laterality = (side: Model.TreatedSide) => ({
  coding: [{ system: terminology.snomed, ...snomed[side] }],
  text: side
})

/** The patient: pseudonymous identifier, no name, birth year only, gender, the managing center. */
const patientOf = (p: LoadedPatient, naming: Naming, id: string): Resource => ({
  resourceType: "Patient",
  id,
  identifier: [
    naming.pseudonymize === null
      ? { system: system.patient, value: p.patient.id }
      : { system: system.pseudonym, value: id }
  ],
  gender: p.patient.sex,
  birthDate: String(p.patient.birthYear),
  managingOrganization: {
    identifier: { system: system.center, value: p.patient.centerId },
    display: p.patient.centerId
  },
  extension: [{ url: ext.treatedSide, valueCode: p.patient.treatedSide }],
  ...(p.row.withdrawn_at === null ? {} : { active: false })
})

const deviceOf = (procedure: Model.Procedure): Resource => ({
  resourceType: "Device",
  id: fhirId(procedure.id, "probe"),
  identifier: [{ system: system.deviceSerial, value: procedure.deviceSerial }],
  serialNumber: procedure.deviceSerial,
  deviceName: [{ name: "CO2 Joule-Thomson cryoprobe", type: "user-friendly-name" }],
  type: { text: "Cryoprobe (CO2 Joule-Thomson)" },
  status: "active"
})

const procedureOf = (procedure: Model.Procedure, patient: string, naming: Naming): Resource => ({
  resourceType: "Procedure",
  id: fhirId(procedure.id),
  identifier: record(procedure.id),
  status: "completed",
  category: { text: "Cryoneurolysis" },
  code: {
    coding: [{ system: terminology.snomed, ...snomed.cryoablation }],
    text: "Cryoneurolysis of the sacral lateral branches (L5–S3)"
  },
  subject: ref("Patient", patient),
  performedDateTime: procedure.date,
  ...(naming.pseudonymize === null ? { performer: [{ actor: { display: procedure.operator } }] } : {}),
  bodySite: [
    {
      coding: [{ system: terminology.snomed, ...snomed.sacroiliacJoint }],
      text: `Sacral lateral branches, ${procedure.side}`
    },
    laterality(procedure.side)
  ],
  focalDevice: [{ action: { text: "used" }, manipulated: ref("Device", fhirId(procedure.id, "probe")) }],
  extension: [
    { url: ext.treatedSide, valueCode: procedure.side },
    { url: ext.durationMinutes, valueDecimal: procedure.durationMinutes },
    ...procedure.lesions.map((l) => recordExtension(ext.lesion, l))
  ],
  note: [{ text: `${procedure.lesions.length} lesions; laterality: ${procedure.side}` }],
  location: { identifier: { system: system.center, value: procedure.centerId }, display: procedure.centerId },
  reasonCode: [{ text: "Chronic sacroiliac joint pain" }]
})

const adverseEventOf = (
  event: Model.AdverseEvent,
  patient: string,
  procedure: Model.Procedure | null
): Resource => ({
  resourceType: "AdverseEvent",
  id: fhirId(event.id),
  identifier: record(event.id)[0],
  actuality: "actual",
  category: [
    {
      coding: [
        {
          system: "http://terminology.hl7.org/CodeSystem/adverse-event-category",
          code: "procedure",
          display: "Procedure"
        }
      ]
    }
  ],
  event: {
    coding: [
      { system: codeSystem.adverseEventType, code: event.type.replace(/ /g, "-"), display: event.type }
    ],
    text: event.description ?? event.type
  },
  subject: ref("Patient", patient),
  seriousness: {
    coding: [
      event.serious
        ? { system: terminology.seriousness, code: "serious", display: "Serious" }
        : { system: terminology.seriousness, code: "non-serious", display: "Non-serious" }
    ]
  },
  severity: { coding: [{ system: terminology.severity, code: event.severity }] },
  outcome: {
    coding: [
      event.resolutionDays === null
        ? { system: terminology.outcome, code: "ongoing", display: "Ongoing" }
        : { system: terminology.outcome, code: "resolved", display: "Resolved" }
    ]
  },
  ...(procedure === null
    ? {}
    : { suspectEntity: [{ instance: ref("Procedure", fhirId(procedure.id)) }], date: procedure.date }),
  extension: [
    { url: ext.onsetDays, valueDecimal: event.onsetDays },
    ...(event.resolutionDays === null
      ? []
      : [{ url: ext.resolutionDays, valueDecimal: event.resolutionDays }]),
    { url: ext.relatedToProcedure, valueBoolean: event.relatedToProcedure },
    ...(event.description === undefined ? [] : [{ url: ext.description, valueString: event.description }])
  ]
})

/** Every resource of one patient, the Patient first. */
export const resourcesOf = (p: LoadedPatient, naming: Naming): Array<Resource> => {
  const patient = fhirId(naming.pseudonymize === null ? p.patient.id : naming.pseudonymize(p.patient.id))
  const out: Array<Resource> = [patientOf(p, naming, patient)]
  if (p.screening !== null) out.push(Clinical.screeningOf(p.screening, patient))
  for (const block of p.blocks) out.push(Clinical.blockOf(block, patient))
  if (p.procedure !== null) out.push(deviceOf(p.procedure), procedureOf(p.procedure, patient, naming))
  for (const visit of p.visits) out.push(...Clinical.visitOf(visit, patient, p.procedure))
  for (const event of p.adverseEvents) out.push(adverseEventOf(event, patient, p.procedure))
  return out
}

/** The ODI score of a visit's answers, when it can be scored. */
export const odiPercent = (answers: ReadonlyArray<number | null>): number | null =>
  Odi.scoreOrNull(answers)?.percent ?? null

/** The ATC code of a drug as written, when the registry's table knows it. */
export const atcOf = (written: string): string | null => Analgesics.lookup(written)?.atc ?? null
