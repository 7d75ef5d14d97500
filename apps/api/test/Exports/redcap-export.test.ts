import { Analgesics, Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, type Registry, startRegistry } from "../support/registry.js"
import { download, readCsv } from "./support.js"

const redcapColumns = [
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
]

describe.each(dialects)("REDCap exports on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind)
  })
  afterAll(() => registry?.close())
  const get = (path: string, account: keyof Registry["tokens"] = "clinician-waw") =>
    download(registry, registry.tokens[account], path)

  it("the data dictionary has REDCap's 18 columns in order, the record id first, and a field of each type", async () => {
    const { status, type, text } = await get("/api/export/redcap/dictionary.csv")
    expect(status).toBe(200)
    expect(type).toMatch(/^text\/csv/)
    const { header, rows } = readCsv(text)
    expect(header).toEqual(redcapColumns)
    expect(rows[0]?.["Variable / Field Name"]).toBe("record_id")
    expect(rows[0]?.["Form Name"]).toBe("patient")
    const field = (name: string) => rows.find((r) => r["Variable / Field Name"] === name)!
    // every variable and form name as REDCap allows them
    for (const r of rows) {
      expect(r["Variable / Field Name"]).toMatch(/^[a-z][a-z0-9_]*$/)
      expect(r["Form Name"]).toMatch(/^[a-z][a-z0-9_]*$/)
    }
    expect(new Set(rows.map((r) => r["Field Type"]))).toEqual(
      new Set(["text", "notes", "radio", "dropdown", "checkbox", "yesno", "slider", "calc"])
    )
    expect(field("procedure_date")).toMatchObject({
      "Field Type": "text",
      "Text Validation Type OR Show Slider Number": "date_ymd"
    })
    expect(field("nrs")).toMatchObject({
      "Text Validation Type OR Show Slider Number": "integer",
      "Text Validation Min": "0",
      "Text Validation Max": "10"
    })
    expect(field("duration_minutes")).toMatchObject({
      "Text Validation Type OR Show Slider Number": "number",
      "Text Validation Min": "1",
      "Text Validation Max": "1440"
    })
    expect(field("vas_mm")).toMatchObject({
      "Field Type": "slider",
      "Text Validation Min": "0",
      "Text Validation Max": "100"
    })
    expect(field("lesion_side")["Choices, Calculations, OR Slider Labels"]).toBe("1, Left | 2, Right")
    expect(field("analgesic_class")["Choices, Calculations, OR Slider Labels"]).toBe(
      "1, NSAIDs | 2, Non-opioid combination analgesics | 3, Opioid-containing analgesics"
    )
    expect(field("odi_score")["Choices, Calculations, OR Slider Labels"]).toContain("sum([odi_1],[odi_2]")
    expect(field("cycle2_start_s")["Branching Logic (Show field only if...)"]).toBe("[lesion_cycles] >= 2")
    expect(field("screening_date")["Required Field?"]).toBe("y")
  })

  it("events, instrument-event mapping and repeating instruments name the same events and forms", async () => {
    const events = readCsv((await get("/api/export/redcap/events.csv")).text)
    expect(events.header).toEqual(["event_name", "arm_num", "unique_event_name", "custom_event_label"])
    expect(events.rows.map((e) => e.unique_event_name)).toEqual([
      "screening_arm_1",
      "procedure_arm_1",
      "baseline_arm_1",
      "month_3_arm_1",
      "month_6_arm_1"
    ])
    // REDCap derives the unique name from the event's name: lower case, spaces to _, then _arm_<n>
    for (const e of events.rows)
      expect(e.unique_event_name).toBe(`${e.event_name!.toLowerCase().replace(/ /g, "_")}_arm_${e.arm_num}`)
    const mapping = readCsv((await get("/api/export/redcap/instrument-event-mapping.csv")).text)
    expect(mapping.header).toEqual(["arm_num", "unique_event_name", "form"])
    expect(mapping.rows.filter((m) => m.form === "follow_up_visit").map((m) => m.unique_event_name)).toEqual([
      "baseline_arm_1",
      "month_3_arm_1",
      "month_6_arm_1"
    ])
    const forms = new Set(
      readCsv((await get("/api/export/redcap/dictionary.csv")).text).rows.map((r) => r["Form Name"])
    )
    expect(new Set(mapping.rows.map((m) => m.form))).toEqual(forms)
    const repeating = readCsv((await get("/api/export/redcap/repeating-instruments.csv")).text)
    expect(repeating.rows.map((r) => `${r.event_name}/${r.form_name}`).sort()).toEqual([
      "procedure_arm_1/adverse_event",
      "procedure_arm_1/lesion",
      "screening_arm_1/diagnostic_block"
    ])
  })

  it("records are in REDCap's flat longitudinal layout and hold what the patient's record holds", async () => {
    const { status, text } = await get("/api/export/redcap/records.csv")
    expect(status).toBe(200)
    const { header, rows, raw } = readCsv(text)
    expect(header.slice(0, 4)).toEqual([
      "record_id",
      "redcap_event_name",
      "redcap_repeat_instrument",
      "redcap_repeat_instance"
    ])
    expect(raw.every((r) => r.length === header.length)).toBe(true)
    expect(rows.every((r) => r.record_id!.startsWith("WAW-"))).toBe(true)
    // every field of the dictionary but the record id and the calculated score, checkboxes one column per choice
    const dictionary = readCsv((await get("/api/export/redcap/dictionary.csv")).text).rows
    for (const f of dictionary) {
      const name = f["Variable / Field Name"]!
      if (name === "record_id" || f["Field Type"] === "calc")
        expect(header.filter((h) => h === name)).toHaveLength(name === "record_id" ? 1 : 0)
      else if (f["Field Type"] === "checkbox") expect(header).toContain(`${name}___1`)
      else expect(header).toContain(name)
    }
    for (const form of new Set(dictionary.map((f) => f["Form Name"])))
      expect(header).toContain(`${form}_complete`)

    const detail = await registry.as["clinician-waw"].getPatient({
      params: { id: Model.PatientId.make("WAW-0001") }
    })
    const mine = rows.filter((r) => r.record_id === "WAW-0001")
    const procedure = detail.procedure!.procedure
    const lesions = mine.filter((r) => r.redcap_repeat_instrument === "lesion")
    expect(lesions.map((r) => r.redcap_repeat_instance)).toEqual(
      procedure.lesions.map((_, i) => String(i + 1))
    )
    expect(lesions.every((r) => r.redcap_event_name === "procedure_arm_1" && r.lesion_complete === "2")).toBe(
      true
    )
    // a repeating row carries its own instrument's values only
    expect(lesions.every((r) => r.procedure_date === "" && r.sex === "" && r.nrs === "")).toBe(true)
    expect(lesions[0]!.lesion_level).toBe(
      String(["L5", "S1", "S2", "S3"].indexOf(procedure.lesions[0]!.level) + 1)
    )
    const [event] = mine.filter(
      (r) => r.redcap_event_name === "procedure_arm_1" && r.redcap_repeat_instrument === ""
    )
    expect(event).toMatchObject({
      procedure_date: procedure.date,
      redcap_repeat_instance: "",
      procedure_complete: "2",
      lesion_side: ""
    })
    for (const [timepoint, name] of [
      ["baseline", "baseline_arm_1"],
      ["month3", "month_3_arm_1"],
      ["month6", "month_6_arm_1"]
    ] as const) {
      const visit = detail.visits.find((v) => v.visit.timepoint === timepoint)!.visit
      const row = mine.find((r) => r.redcap_event_name === name)!
      expect(row).toMatchObject({
        nrs: String(visit.nrs),
        vas_mm: String(visit.vasMm),
        follow_up_visit_complete: "2"
      })
      expect(row.visit_date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      // ticked for the box, or for an NSAID named (ATC M01A)
      const nsaid = visit.analgesics.drugs.some((d) => Analgesics.lookup(d)?.atc.startsWith("M01A") === true)
      expect(row.analgesic_class___1).toBe(visit.analgesics.nsaids === true || nsaid ? "1" : "0")
      expect(row.odi_1).toBe(visit.odiAnswers[0] === null ? "" : String(visit.odiAnswers[0]))
    }
    const blocks = mine.filter((r) => r.redcap_repeat_instrument === "diagnostic_block")
    expect(blocks).toHaveLength(detail.blocks.length)
    const aes = mine.filter((r) => r.redcap_repeat_instrument === "adverse_event")
    expect(aes).toHaveLength(detail.adverseEvents.length)
    // every date as REDCap imports it
    for (const r of rows)
      for (const c of ["screening_date", "block_date", "procedure_date", "visit_date"])
        expect(r[c]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/)
  })

  it("a center-bound user exports their center; the statistician pseudonyms and no free text", async () => {
    const pila = readCsv((await get("/api/export/redcap/records.csv", "clinician-pila")).text).rows
    expect(pila.length).toBeGreaterThan(0)
    expect(pila.every((r) => r.record_id!.startsWith("PILA-"))).toBe(true)
    const stats = readCsv((await get("/api/export/redcap/records.csv", "statistician")).text).rows
    expect(stats.every((r) => /^P-[0-9a-f]{12}$/.test(r.record_id!))).toBe(true)
    expect(stats.every((r) => r.operator === "" && r.device_serial === "" && r.ae_description === "")).toBe(
      true
    )
    expect(new Set(stats.map((r) => r.record_id)).size).toBeGreaterThan(
      new Set(pila.map((r) => r.record_id)).size
    )
  })
})
