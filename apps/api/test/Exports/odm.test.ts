import { Model } from "@cryoreg/domain"
import { SaxesParser } from "saxes"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, type Registry, startRegistry } from "../support/registry.js"
import { download, readCsv } from "./support.js"

interface Element {
  readonly name: string
  readonly ns: string
  readonly attributes: Record<string, string>
  readonly children: Array<Element>
  text: string
}

/** Parses XML strictly (well-formedness, namespaces) into a tree; saxes throws on the first error. */
const parseXml = (xml: string): Element => {
  const parser = new SaxesParser({ xmlns: true })
  const stack: Array<Element> = []
  let root: Element | null = null
  parser.on("opentag", (tag) => {
    const element: Element = {
      name: tag.local,
      ns: tag.uri,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])),
      children: [],
      text: ""
    }
    stack.at(-1)?.children.push(element)
    stack.push(element)
    root ??= element
  })
  parser.on("text", (t) => {
    const top = stack.at(-1)
    if (top !== undefined) top.text += t
  })
  parser.on("closetag", () => void stack.pop())
  parser.write(xml).close()
  return root!
}
const all = (e: Element, name: string): Array<Element> => [
  ...(e.name === name ? [e] : []),
  ...e.children.flatMap((c) => all(c, name))
]
const only = (e: Element, name: string) => {
  const found = all(e, name)
  expect(found, name).toHaveLength(1)
  return found[0]!
}

const odmNs = "http://www.cdisc.org/ns/odm/v1.3"
// ODM 1.3.2's content models (ODM1-3-2-foundation.xsd) of the elements written, in their order.
const order: Record<string, ReadonlyArray<string>> = {
  ODM: ["Study", "AdminData", "ReferenceData", "ClinicalData", "Association"],
  Study: ["GlobalVariables", "BasicDefinitions", "MetaDataVersion"],
  GlobalVariables: ["StudyName", "StudyDescription", "ProtocolName"],
  MetaDataVersion: ["Include", "Protocol", "StudyEventDef", "FormDef", "ItemGroupDef", "ItemDef", "CodeList"],
  ItemDef: [
    "Description",
    "Question",
    "ExternalQuestion",
    "MeasurementUnitRef",
    "RangeCheck",
    "CodeListRef",
    "Role",
    "Alias"
  ],
  ClinicalData: ["SubjectData"],
  SubjectData: ["StudyEventData"],
  StudyEventData: ["FormData"],
  FormData: ["ItemGroupData"],
  ItemGroupData: ["ItemData"]
}
const required: Record<string, ReadonlyArray<string>> = {
  ODM: ["FileType", "FileOID", "CreationDateTime"],
  StudyEventDef: ["OID", "Name", "Repeating", "Type"],
  FormDef: ["OID", "Name", "Repeating"],
  ItemGroupDef: ["OID", "Name", "Repeating"],
  ItemDef: ["OID", "Name", "DataType"],
  CodeList: ["OID", "Name", "DataType"],
  RangeCheck: ["Comparator", "SoftHard"],
  SubjectData: ["SubjectKey"],
  ItemData: ["ItemOID", "Value"]
}
const dataTypes = new Set([
  "text",
  "integer",
  "float",
  "date",
  "time",
  "datetime",
  "string",
  "boolean",
  "double"
])

describe.each(dialects)("CDISC ODM 1.3.2 export on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind)
  })
  afterAll(() => registry?.close())

  it("is well-formed ODM 1.3.2 whose references resolve, with the records of the REDCap export", async () => {
    const description = 'bruise "larger" than 5 cm & <tender>\nseen again on day 3'
    const api = registry.as["clinician-waw"]
    await api.createAdverseEvent({
      params: { id: Model.PatientId.make("WAW-0002") },
      body: {
        type: "other",
        description,
        severity: "mild",
        serious: false,
        onsetDays: 1,
        resolutionDays: null,
        relatedToProcedure: true
      }
    })
    const response = await fetch(`${registry.url}/api/export/odm.xml`, {
      headers: { authorization: `Bearer ${registry.tokens["clinician-waw"]}` }
    })
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toMatch(/^application\/xml/)
    expect(response.headers.get("content-length")).toBeNull() // streamed, not sent whole
    const xml = await response.text()
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    const odm = parseXml(xml)
    expect(odm).toMatchObject({
      name: "ODM",
      ns: odmNs,
      attributes: { ODMVersion: "1.3.2", FileType: "Snapshot" }
    })
    const visit = (e: Element) => {
      expect(e.ns).toBe(odmNs)
      for (const a of required[e.name] ?? []) expect(e.attributes[a], `${e.name}@${a}`).toBeDefined()
      const allowed = order[e.name]
      if (allowed !== undefined) {
        const positions = e.children.map((c) => allowed.indexOf(c.name))
        expect(
          positions.every((p) => p >= 0),
          `${e.name} > ${e.children.map((c) => c.name)}`
        ).toBe(true)
        expect([...positions].sort((a, b) => a - b)).toEqual(positions)
      }
      e.children.forEach(visit)
    }
    visit(odm)
    const oids = (name: string) => new Set(all(odm, name).map((e) => e.attributes.OID))
    const refs = [
      ["StudyEventRef", "StudyEventOID", "StudyEventDef"],
      ["FormRef", "FormOID", "FormDef"],
      ["ItemGroupRef", "ItemGroupOID", "ItemGroupDef"],
      ["ItemRef", "ItemOID", "ItemDef"],
      ["CodeListRef", "CodeListOID", "CodeList"],
      ["StudyEventData", "StudyEventOID", "StudyEventDef"],
      ["FormData", "FormOID", "FormDef"],
      ["ItemGroupData", "ItemGroupOID", "ItemGroupDef"],
      ["ItemData", "ItemOID", "ItemDef"]
    ] as const
    for (const [element, attribute, def] of refs) {
      const defined = oids(def)
      expect(defined.size, def).toBeGreaterThan(0)
      for (const e of all(odm, element))
        expect(defined.has(e.attributes[attribute]), `${element} ${e.attributes[attribute]}`).toBe(true)
    }
    for (const item of all(odm, "ItemDef")) expect(dataTypes.has(item.attributes.DataType!)).toBe(true)
    expect(only(odm, "StudyName").text).toBe("cryoreg")

    const vas = all(odm, "ItemDef").find((i) => i.attributes.Name === "vas_mm")!
    expect(vas.attributes.DataType).toBe("integer")
    expect(
      vas.children
        .filter((c) => c.name === "RangeCheck")
        .map((r) => [r.attributes.Comparator, r.children[0]!.text])
    ).toEqual([
      ["GE", "0"],
      ["LE", "100"]
    ])

    // the same subjects and values as the REDCap records
    const csv = readCsv(
      (await download(registry, registry.tokens["clinician-waw"], "/api/export/redcap/records.csv")).text
    ).rows
    const subjects = all(odm, "SubjectData")
    expect(subjects.map((s) => s.attributes.SubjectKey)).toEqual([...new Set(csv.map((r) => r.record_id))])
    const second = subjects.find((s) => s.attributes.SubjectKey === "WAW-0002")!
    const values = (event: string, form: string) =>
      all(second, "StudyEventData")
        .filter((e) => e.attributes.StudyEventOID === event)
        .flatMap((e) => all(e, "FormData").filter((f) => f.attributes.FormOID === form))
        .map((f) =>
          Object.fromEntries(all(f, "ItemData").map((d) => [d.attributes.ItemOID, d.attributes.Value]))
        )
    const month3 = csv.find((r) => r.record_id === "WAW-0002" && r.redcap_event_name === "month_3_arm_1")!
    expect(values("SE.MONTH_3_ARM_1", "F.FOLLOW_UP_VISIT")).toEqual([
      expect.objectContaining({
        "I.NRS": month3.nrs,
        "I.VAS_MM": month3.vas_mm,
        "I.VISIT_DATE": month3.visit_date
      })
    ])
    const lesions = all(second, "FormData").filter((f) => f.attributes.FormOID === "F.LESION")
    expect(lesions.map((f) => f.attributes.FormRepeatKey)).toEqual(
      csv
        .filter((r) => r.record_id === "WAW-0002" && r.redcap_repeat_instrument === "lesion")
        .map((r) => r.redcap_repeat_instance)
    )
    // text with markup characters and a line break comes back as it was written
    const events = values("SE.PROCEDURE_ARM_1", "F.ADVERSE_EVENT")
    expect(events.at(-1)?.["I.AE_DESCRIPTION"]).toBe(description)
    expect(
      csv.filter((r) => r.record_id === "WAW-0002" && r.redcap_repeat_instrument === "adverse_event").at(-1)
        ?.ae_description
    ).toBe(description)
  })
})
