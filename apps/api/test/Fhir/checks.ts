import { Analgesics } from "@cryoreg/domain"

type Json = Record<string, unknown>
const codings = (c: unknown): Array<{ system?: string; code?: string }> =>
  (c as { coding?: Array<{ system?: string; code?: string }> } | undefined)?.coding ?? []
const codeIn = (c: unknown, system: string) => codings(c).find((x) => x.system === system)?.code

const aeSystem = "http://terminology.hl7.org/CodeSystem/adverse-event-"
const allowed = {
  severity: ["mild", "moderate", "severe"],
  seriousness: ["serious", "non-serious"],
  outcome: ["resolved", "recovering", "ongoing", "resolvedWithSequelae", "fatal", "unknown"]
} as const
const laterality: Record<string, string> = { left: "7771000", right: "24028007", bilateral: "51440002" }

/**
 * What the FHIR validator does not look at: the codes of required bindings it leaves unchecked, the value
 * ranges of the study's scales, the LOINC and ATC codes, and references that must resolve in the export.
 */
export const ownChecks = (files: Record<string, ReadonlyArray<Json>>): Array<string> => {
  const out: Array<string> = []
  const has = new Set(
    Object.values(files)
      .flat()
      .map((r) => `${r.resourceType}/${r.id}`)
  )
  const fail = (r: Json, what: string) => out.push(`${r.resourceType}/${r.id}: ${what}`)
  for (const p of files.Patient ?? []) {
    if (!/^\d{4}$/.test(String(p.birthDate))) fail(p, `birthDate ${p.birthDate} is not a year`)
    if (!["female", "male"].includes(String(p.gender))) fail(p, `gender ${p.gender}`)
    if ("name" in p || "telecom" in p || "address" in p) fail(p, "identifies the person")
  }
  for (const o of files.Observation ?? []) {
    const loinc = codeIn(o.code, "http://loinc.org")
    const value = (o.valueQuantity as { value: number; code: string } | undefined) ?? null
    if (
      loinc === "72514-3" &&
      !(
        Number.isInteger(o.valueInteger) &&
        (o.valueInteger as number) >= 0 &&
        (o.valueInteger as number) <= 10
      )
    )
      fail(o, `NRS ${o.valueInteger} is not an integer 0–10`)
    if (loinc === "97909-6") {
      if (value === null || value.code !== "%" || value.value < 0 || value.value > 100)
        fail(o, `ODI ${JSON.stringify(value)}`)
      for (const d of (o.derivedFrom as Array<{ reference: string }> | undefined) ?? [])
        if (!has.has(d.reference)) fail(o, `derivedFrom ${d.reference} is not in the export`)
      if (((o.derivedFrom as Array<unknown> | undefined) ?? []).length !== 1)
        fail(o, "ODI not derived from its answers")
    }
    if (value !== null && value.code === "mm" && (value.value < 0 || value.value > 100))
      fail(o, `VAS ${value.value} mm`)
  }
  for (const q of files.QuestionnaireResponse ?? []) {
    const items = q.item as Array<{ linkId: string; answer?: Array<{ valueInteger: number }> }>
    if (items.map((i) => i.linkId).join() !== Array.from({ length: 10 }, (_, i) => `odi-${i + 1}`).join())
      fail(q, "items are not odi-1…odi-10")
    for (const i of items)
      for (const a of i.answer ?? [])
        if (!Number.isInteger(a.valueInteger) || a.valueInteger < 0 || a.valueInteger > 5)
          fail(q, `${i.linkId} = ${a.valueInteger}`)
  }
  for (const e of files.AdverseEvent ?? []) {
    for (const [field, codes] of Object.entries(allowed)) {
      const code = codeIn(e[field], `${aeSystem}${field}`)
      if (code === undefined || !(codes as ReadonlyArray<string>).includes(code)) fail(e, `${field} ${code}`)
    }
    if (e.actuality !== "actual") fail(e, `actuality ${e.actuality}`)
    for (const s of (e.suspectEntity as Array<{ instance: { reference: string } }> | undefined) ?? [])
      if (!s.instance.reference.startsWith("Procedure/") || !has.has(s.instance.reference))
        fail(e, `suspect ${s.instance.reference}`)
  }
  for (const m of files.MedicationStatement ?? []) {
    const concept = m.medicationCodeableConcept as { text: string }
    const atc = codeIn(concept, "http://www.whocc.no/atc")
    const known = Analgesics.lookup(concept.text)?.atc
    if (atc !== known) fail(m, `ATC ${atc} for ${concept.text} (the registry's table: ${known})`)
    if (atc !== undefined && !/^[A-Z]\d{2}[A-Z]{2}\d{2}$/.test(atc)) fail(m, `ATC ${atc} malformed`)
  }
  for (const p of files.Procedure ?? []) {
    const side = ((p.extension as Array<{ url: string; valueCode?: string }>) ?? []).find((x) =>
      x.url.endsWith("/treated-side")
    )?.valueCode
    if (side === undefined) continue
    const site = (p.bodySite as Array<unknown>).map((b) => codeIn(b, "http://snomed.info/sct"))
    if (!site.includes("39723000") || !site.includes(laterality[side]))
      fail(p, `body site ${site} for ${side}`)
    const device = (p.focalDevice as Array<{ manipulated: { reference: string } }>)[0]?.manipulated.reference
    if (device === undefined || !has.has(device)) fail(p, `device ${device} is not in the export`)
  }
  return out
}
