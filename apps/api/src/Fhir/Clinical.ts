import { Analgesics, type Model, Odi, StudyCalendar } from "@cryoreg/domain"
import { fieldsOf, recordExtension } from "./Extensions.js"
import type { Resource } from "./Resources.js"
import {
  codeSystem,
  extension as ext,
  fhirId,
  loinc,
  odiQuestionnaire,
  snomed,
  system,
  terminology
} from "./Terms.js"

const record = (id: string) => [{ system: system.record, value: id }]
const ref = (type: string, id: string) => ({ reference: `${type}/${id}` })
const survey = [{ coding: [{ system: terminology.observationCategory, code: "survey", display: "Survey" }] }]
const yesNo = { yes: "Y", no: "N", unknown: "UNK" } as const

/** The screening: one Observation, each inclusion measure and exclusion answer a component. */
export const screeningOf = (s: Model.Screening, patient: string): Resource => ({
  resourceType: "Observation",
  id: fhirId(s.id),
  identifier: record(s.id),
  status: "final",
  category: survey,
  code: { coding: [{ system: codeSystem.record, code: "screening" }], text: "Screening for cryoneurolysis" },
  subject: ref("Patient", patient),
  effectiveDateTime: s.date,
  component: [
    {
      code: { coding: [{ system: codeSystem.screening, code: "painDurationMonths" }], text: "Pain duration" },
      valueQuantity: { value: s.painDurationMonths, unit: "month", system: terminology.ucum, code: "mo" }
    },
    {
      code: { coding: [{ system: terminology.loinc, ...loinc.nrs }], text: "NRS at screening" },
      valueInteger: s.baselineNrs
    },
    {
      code: {
        coding: [{ system: codeSystem.screening, code: "conservativeCareFailedMonths" }],
        text: "Failed conservative care"
      },
      valueQuantity: {
        value: s.conservativeCareFailedMonths,
        unit: "month",
        system: terminology.ucum,
        code: "mo"
      }
    },
    {
      code: { coding: [{ system: codeSystem.screening, code: "imagingDone" }], text: "MRI done" },
      valueBoolean: s.imagingDone
    },
    ...Object.entries(s.exclusions).map(([criterion, answer]) => ({
      code: { coding: [{ system: codeSystem.screening, code: criterion }], text: criterion },
      valueCodeableConcept: {
        coding: [{ system: terminology.yesNo, code: yesNo[answer as keyof typeof yesNo] }],
        text: answer
      }
    }))
  ]
})

/** A diagnostic SIJ block: a Procedure, its injection(s) in the `block-injection` extension. */
export const blockOf = (b: Model.DiagnosticBlock, patient: string): Resource => {
  const { id: _, patientId: __, comparative, ...first } = b
  return {
    resourceType: "Procedure",
    id: fhirId(b.id),
    identifier: record(b.id),
    status: "completed",
    category: { text: "Diagnostic block" },
    code: { text: "Diagnostic intra-articular sacroiliac joint block with local anesthetic" },
    subject: ref("Patient", patient),
    performedDateTime: b.date,
    bodySite: [{ coding: [{ system: terminology.snomed, ...snomed.sacroiliacJoint }] }],
    extension: [
      recordExtension(ext.blockInjection, first),
      ...(comparative === undefined
        ? []
        : [
            {
              url: ext.blockInjection,
              extension: [...fieldsOf({ comparative: true }), ...fieldsOf(comparative)]
            }
          ])
    ]
  }
}

const timepointText = {
  baseline: "Baseline",
  month3: "3-month follow-up",
  month6: "6-month follow-up"
} as const

/** A visit: an Encounter, NRS, VAS and ODI Observations, the ODI QuestionnaireResponse and one MedicationStatement per drug. */
export const visitOf = (
  v: Model.FollowUpVisit,
  patient: string,
  procedure: Model.Procedure | null
): Array<Resource> => {
  const encounter = fhirId(v.id)
  const days =
    procedure === null ? (v.daysAfterProcedure ?? null) : StudyCalendar.daysAfterProcedure(v, procedure.date)
  const date =
    v.date ?? (days === null || procedure === null ? null : StudyCalendar.addDays(procedure.date, days))
  const when = date === null ? {} : { effectiveDateTime: date }
  const common = { subject: ref("Patient", patient), encounter: ref("Encounter", encounter) }
  const { drugs, ...boxes } = v.analgesics
  const answered = fhirId(v.id, "odi-answers")
  const percent = Odi.scoreOrNull(v.odiAnswers)?.percent ?? null
  const out: Array<Resource> = [
    {
      resourceType: "Encounter",
      id: encounter,
      identifier: record(v.id),
      status: "finished",
      class: { system: terminology.actCode, code: "AMB", display: "ambulatory" },
      type: [
        { coding: [{ system: codeSystem.record, code: v.timepoint }], text: timepointText[v.timepoint] }
      ],
      subject: ref("Patient", patient),
      ...(v.date === undefined ? {} : { period: { start: v.date, end: v.date } }),
      extension: [
        { url: ext.timepoint, valueCode: v.timepoint },
        ...(v.daysAfterProcedure === undefined
          ? []
          : [{ url: ext.daysAfterProcedure, valueInteger: v.daysAfterProcedure }]),
        ...(Object.keys(boxes).length === 0 ? [] : [recordExtension(ext.analgesicCategories, boxes)])
      ]
    },
    {
      resourceType: "Observation",
      id: fhirId(v.id, "nrs"),
      status: "final",
      category: survey,
      code: { coding: [{ system: terminology.loinc, ...loinc.nrs }], text: "NRS" },
      ...common,
      ...when,
      valueInteger: v.nrs
    },
    {
      resourceType: "Observation",
      id: fhirId(v.id, "vas"),
      status: "final",
      category: survey,
      code: {
        coding: [{ system: codeSystem.record, code: "vas" }],
        text: "Pain intensity, visual analogue scale (100 mm)"
      },
      ...common,
      ...when,
      valueQuantity: { value: v.vasMm, unit: "mm", system: terminology.ucum, code: "mm" }
    },
    {
      resourceType: "QuestionnaireResponse",
      id: answered,
      questionnaire: odiQuestionnaire,
      status: "completed",
      ...common,
      ...(date === null ? {} : { authored: date }),
      item: v.odiAnswers.map((answer, i) => ({
        linkId: `odi-${i + 1}`,
        text: Odi.sections[i],
        ...(answer === null ? {} : { answer: [{ valueInteger: answer }] })
      }))
    }
  ]
  if (percent !== null)
    out.push({
      resourceType: "Observation",
      id: fhirId(v.id, "odi"),
      status: "final",
      category: survey,
      code: { coding: [{ system: terminology.loinc, ...loinc.odi }], text: "ODI total (v2.1a)" },
      ...common,
      ...when,
      valueQuantity: {
        value: Math.round(percent * 100) / 100,
        unit: "%",
        system: terminology.ucum,
        code: "%"
      },
      derivedFrom: [ref("QuestionnaireResponse", answered)]
    })
  drugs.forEach((drug, i) => {
    const atc = Analgesics.lookup(drug)?.atc
    out.push({
      resourceType: "MedicationStatement",
      id: fhirId(v.id, `drug-${i + 1}`),
      status: "active",
      medicationCodeableConcept: {
        ...(atc === undefined ? {} : { coding: [{ system: terminology.atc, code: atc }] }),
        text: drug
      },
      subject: ref("Patient", patient),
      context: ref("Encounter", encounter),
      ...(date === null ? {} : { effectiveDateTime: date }),
      dateAsserted: date ?? undefined,
      reasonCode: [{ text: "Chronic sacroiliac joint pain" }]
    })
  })
  return out
}

/** The ODI v2.1a Questionnaire every export ships: items `odi-1` … `odi-10`, answers 0–5. */
export const odiQuestionnaireResource: Resource = {
  resourceType: "Questionnaire",
  id: "odi-2.1a",
  url: odiQuestionnaire,
  version: "2.1a",
  name: "OswestryDisabilityIndex",
  title: "Oswestry Disability Index v2.1a",
  status: "active",
  subjectType: ["Patient"],
  code: [{ system: terminology.loinc, ...loinc.odi }],
  item: Odi.sections.map((section, i) => ({
    linkId: `odi-${i + 1}`,
    text: `Section ${i + 1}: ${section}`,
    type: "integer",
    required: false,
    extension: [
      { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: 0 },
      { url: "http://hl7.org/fhir/StructureDefinition/maxValue", valueInteger: 5 }
    ]
  }))
}
