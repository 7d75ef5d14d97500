import { createHash } from "node:crypto"

/** The registry's own URIs: identifier systems, extensions and code systems (README, "FHIR"). */
const base = "https://cryoreg.org/fhir"

/** Identifier systems. */
export const system = {
  /** The registry's pseudonymous patient id (e.g. WAW-0042); the key to the person stays at the center. */
  patient: `${base}/sid/patient-id`,
  /** The statistician's export pseudonym (`P-…`, an HMAC of the patient id). */
  pseudonym: `${base}/sid/pseudonym`,
  /** The id of one clinical record (screening, block, procedure, visit, adverse event). */
  record: `${base}/sid/record-id`,
  /** A participating center (waw, pila, …). */
  center: `${base}/sid/center-id`,
  /** A cryoprobe's serial number. */
  deviceSerial: `${base}/sid/device-serial`
} as const

/** Extensions the registry defines (each one documented in the README). */
export const extension = {
  lesion: `${base}/StructureDefinition/lesion`,
  durationMinutes: `${base}/StructureDefinition/procedure-duration-minutes`,
  blockInjection: `${base}/StructureDefinition/block-injection`,
  timepoint: `${base}/StructureDefinition/timepoint`,
  daysAfterProcedure: `${base}/StructureDefinition/days-after-procedure`,
  analgesicCategories: `${base}/StructureDefinition/analgesic-categories`,
  onsetDays: `${base}/StructureDefinition/onset-days`,
  resolutionDays: `${base}/StructureDefinition/resolution-days`,
  relatedToProcedure: `${base}/StructureDefinition/related-to-procedure`,
  treatedSide: `${base}/StructureDefinition/treated-side`,
  description: `${base}/StructureDefinition/adverse-event-description`,
  dataAbsentReason: "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
} as const

/** Code systems the registry defines, for concepts no standard terminology names. */
export const codeSystem = {
  record: `${base}/CodeSystem/record`,
  screening: `${base}/CodeSystem/screening`,
  adverseEventType: `${base}/CodeSystem/adverse-event-type`,
  anesthetic: `${base}/CodeSystem/local-anesthetic`
} as const

/** External terminologies. */
export const terminology = {
  snomed: "http://snomed.info/sct",
  loinc: "http://loinc.org",
  ucum: "http://unitsofmeasure.org",
  atc: "http://www.whocc.no/atc",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  yesNo: "http://terminology.hl7.org/CodeSystem/v2-0532",
  actCode: "http://terminology.hl7.org/CodeSystem/v3-ActCode",
  seriousness: "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness",
  severity: "http://terminology.hl7.org/CodeSystem/adverse-event-severity",
  outcome: "http://terminology.hl7.org/CodeSystem/adverse-event-outcome"
} as const

/** The ODI questionnaire shipped with every export; its items are `odi-1` … `odi-10`. */
export const odiQuestionnaire = `${base}/Questionnaire/odi-2.1a`

/** SNOMED CT concepts (closest codes where no exact one exists; README, "Codes"). */
export const snomed = {
  /** Closest to cryoneurolysis of the sacral lateral branches: no concept for cryoneurolysis of a nerve exists. */
  cryoablation: { code: "1204278004", display: "Fluoroscopy guided cryoablation of lesion" },
  sacroiliacJoint: { code: "39723000", display: "Sacroiliac joint structure" },
  left: { code: "7771000", display: "Left" },
  right: { code: "24028007", display: "Right" },
  bilateral: { code: "51440002", display: "Right and left" }
} as const

/** LOINC codes. */
export const loinc = {
  nrs: { code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" },
  odi: { code: "97909-6", display: "Oswestry Disability Index total score" }
} as const

// A FHIR id is 1–64 of [A-Za-z0-9-.]; a registry id that is not one (or too long with its suffix) is hashed.
const fhirIdPattern = /^[A-Za-z0-9\-.]{1,64}$/

/** The FHIR id of a registry id, with an optional suffix for the resources one record gives. */
export const fhirId = (id: string, suffix?: string): string => {
  const whole = suffix === undefined ? id : `${id}-${suffix}`
  return fhirIdPattern.test(whole)
    ? whole
    : `h-${createHash("sha256").update(whole).digest("hex").slice(0, 40)}`
}
