import type { Client } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { dialects, type Registry, raw, refusal, startRegistry } from "../support/registry.js"

// "Today" is fixed so these dates mean the same whenever the suite runs.
const today = "2026-12-07"
const pid = (id: string) => Model.PatientId.make(id)
let serial = 0
const nextId = () => `WAW-${String(8000 + ++serial)}`

/** A 422 naming the field, with every given text in its message. */
const expectRefused = async (
  promise: Promise<unknown>,
  path: ReadonlyArray<string | number>,
  ...texts: Array<string>
) => {
  const e = await refusal(promise)
  expect(e.status).toBe(422)
  expect(e.issues.map((i) => i.path)).toContainEqual(path)
  for (const text of texts) expect(e.message).toContain(text)
  return e
}

describe.each(dialects)("the study's calendar and sides, over HTTP on %s", (kind) => {
  let registry: Registry
  let api: Client
  beforeAll(async () => {
    // the demo cohort loads through these same rules on this "today"
    registry = await startRegistry(kind, { today })
    api = registry.as["clinician-waw"]
  })
  afterAll(() => registry?.close())

  const eligible = async (patient = newPatient(nextId())) => {
    const id = pid(patient.id)
    await api.createPatient({ body: patient })
    await api.createScreening({ params: { id }, body: eligibleScreening })
    await api.createBlock({ params: { id }, body: positiveBlock })
    return id
  }
  const treated = async () => {
    const id = await eligible()
    await api.createProcedure({ params: { id }, body: procedure })
    return id
  }

  it("loaded the demo cohort through the calendar's rules", () => {
    expect(registry.server.bootstrapped.demoPatients).toBe(131)
  })

  it("refuses a screening after today, and stores nothing", async () => {
    const patient = newPatient(nextId())
    const id = pid(patient.id)
    await api.createPatient({ body: patient })
    await expectRefused(
      api.createScreening({ params: { id }, body: { ...eligibleScreening, date: "2026-12-08" } }),
      ["date"],
      "the screening (2026-12-08) cannot be after today (2026-12-07)"
    )
    expect((await api.getPatient({ params: { id } })).screening).toBeNull()
  })

  it("refuses a block before the screening, naming both dates", async () => {
    const patient = newPatient(nextId())
    const id = pid(patient.id)
    await api.createPatient({ body: patient })
    await api.createScreening({ params: { id }, body: eligibleScreening })
    await expectRefused(
      api.createBlock({ params: { id }, body: { ...positiveBlock, date: "2026-02-20" } }),
      ["date"],
      "the diagnostic block (2026-02-20) cannot be before the screening (2026-03-02)"
    )
    expect((await api.getPatient({ params: { id } })).blocks).toEqual([])
  })

  it("refuses a procedure before the block or after today, and stores nothing", async () => {
    const id = await eligible()
    await expectRefused(
      api.createProcedure({ params: { id }, body: { ...procedure, date: "2026-03-05" } }),
      ["date"],
      "the procedure (2026-03-05) cannot be before the diagnostic block (2026-03-09)"
    )
    await expectRefused(
      api.createProcedure({ params: { id }, body: { ...procedure, date: "2030-01-01" } }),
      ["date"],
      "the procedure (2030-01-01) cannot be after today (2026-12-07)"
    )
    expect((await api.getPatient({ params: { id } })).procedure).toBeNull()
  })

  it("refuses a procedure or a lesion on a side the patient is not treated on", async () => {
    const id = await eligible(newPatient(nextId())) // treated on the right
    await expectRefused(
      api.createProcedure({
        params: { id },
        body: { ...procedure, side: "left", lesions: procedure.lesions.map((l) => ({ ...l, side: "left" })) }
      }),
      ["side"],
      "the procedure's side (left) is not the patient's treated side (right)"
    )
    const bilateral = await eligible({ ...newPatient(nextId()), treatedSide: "bilateral" })
    await expectRefused(
      api.createProcedure({
        params: { id: bilateral },
        body: { ...procedure, side: "left", lesions: procedure.lesions }
      }),
      ["lesions", 0, "side"],
      "lesion 1 is on the right side"
    )
    expect((await api.getPatient({ params: { id } })).procedure).toBeNull()
    expect((await api.getPatient({ params: { id: bilateral } })).procedure).toBeNull()
    // a bilateral patient may have one side
    await api.createProcedure({ params: { id: bilateral }, body: procedure })
  })

  it("refuses a live procedure on the wrong side or after today, and opens none", async () => {
    const id = await eligible()
    const live = { lesionsPerSide: 7, deviceSerial: "CRYO-SIM-1", operator: "Dr Test", date: "2026-11-30" }
    await expectRefused(
      api.createLiveProcedure({ params: { id }, body: { ...live, side: "left" } }),
      ["side"],
      "is not the patient's treated side (right)"
    )
    await expectRefused(
      api.createLiveProcedure({ params: { id }, body: { ...live, side: "right", date: "2026-12-08" } }),
      ["date"],
      "the procedure (2026-12-08) cannot be after today (2026-12-07)"
    )
    const opened = await api.createLiveProcedure({ params: { id }, body: { ...live, side: "right" } })
    expect(opened.procedure.side).toBe("right")
  })

  it("refuses a 3-month visit before the procedure, a 6-month before the 3-month, a baseline after the procedure", async () => {
    const id = await treated()
    await expectRefused(
      api.createVisit({ params: { id }, body: { ...visit("month3", 4, 90), date: "2026-03-01" } }),
      ["date"],
      "the 3-month visit (2026-03-01) cannot be before the procedure (2026-03-16)"
    )
    await expectRefused(
      api.createVisit({ params: { id }, body: visit("baseline", 7, 2) }),
      ["date"],
      "the baseline visit (2026-03-18) cannot be after the procedure (2026-03-16)"
    )
    await expectRefused(
      api.createVisit({ params: { id }, body: { ...visit("baseline", 7, -3), date: "2026-02-27" } }),
      ["date"],
      "the baseline visit (2026-02-27) cannot be before the screening (2026-03-02)"
    )
    await api.createVisit({ params: { id }, body: visit("month3", 4, 92) })
    await expectRefused(
      api.createVisit({ params: { id }, body: { ...visit("month6", 3, 181), date: "2026-06-01" } }),
      ["date"],
      "the 6-month visit (2026-06-01) cannot be before the 3-month visit (2026-06-16)"
    )
    await expectRefused(
      api.createVisit({ params: { id }, body: { ...visit("month6", 3, 181), date: "2026-12-24" } }),
      ["date"],
      "the 6-month visit (2026-12-24) cannot be after today (2026-12-07)"
    )
    expect((await api.getPatient({ params: { id } })).visits.map((v) => v.visit.timepoint)).toEqual([
      "month3"
    ])
  })

  it("names the other record of a date-order refusal as a code with its date, for clients to word", async () => {
    const id = await treated()
    const early = await expectRefused(
      api.createVisit({ params: { id }, body: { ...visit("month3", 4, 90), date: "2026-03-01" } }),
      ["date"]
    )
    expect(early.issues).toContainEqual(
      expect.objectContaining({
        code: "dateOrder",
        path: ["date"],
        params: expect.objectContaining({
          relation: "notBefore",
          otherRecord: "procedure",
          otherDate: "2026-03-16"
        })
      })
    )
    await api.createVisit({ params: { id }, body: visit("month3", 4, 92) })
    const late = await expectRefused(
      api.correctProcedure({ params: { id }, body: { date: "2026-07-01", reason: "date misread" } }),
      ["date"]
    )
    expect(late.issues[0]?.params).toMatchObject({
      relation: "notAfter",
      otherRecord: "month3Visit",
      otherDate: "2026-06-16"
    })
  })

  it("refuses corrections that break the order, of the record itself or of an earlier one", async () => {
    const id = await treated()
    const m3 = await api.createVisit({ params: { id }, body: visit("month3", 4, 92) })
    await expectRefused(
      api.correctVisit({
        params: { id, visitId: m3.visit.id },
        body: { date: "2026-03-10", reason: "date misread" }
      }),
      ["date"],
      "the 3-month visit (2026-03-10) cannot be before the procedure (2026-03-16)"
    )
    await expectRefused(
      api.correctProcedure({ params: { id }, body: { date: "2026-07-01", reason: "date misread" } }),
      ["date"],
      "the procedure (2026-07-01) cannot be after the 3-month visit (2026-06-16)"
    )
    await expectRefused(
      api.correctScreening({ params: { id }, body: { date: "2026-03-12", reason: "date misread" } }),
      ["date"],
      "the screening (2026-03-12) cannot be after the diagnostic block (2026-03-09)"
    )
    const [block] = (await api.getPatient({ params: { id } })).blocks
    await expectRefused(
      api.correctBlock({
        params: { id, blockId: block!.block.id },
        body: { date: "2026-03-20", reason: "date misread" }
      }),
      ["date"],
      "the diagnostic block (2026-03-20) cannot be after the procedure (2026-03-16)"
    )
    const after = await api.getPatient({ params: { id } })
    expect(after.blocks[0]?.block.date).toBe("2026-03-09")
    expect(after.visits[0]?.visit.date).toBe("2026-06-16")
    expect(after.procedure?.procedure.date).toBe("2026-03-16")
    expect(after.screening?.screening.date).toBe("2026-03-02")
    const history = await api.patientHistory({ params: { id } })
    expect(history.items.filter((h) => h.action === "correct")).toEqual([])
  })

  it("computes the days after the procedure from the dates, and refuses them typed", async () => {
    const id = await eligible()
    // the baseline visit before the procedure exists: its days are not known yet
    const baseline = await api.createVisit({ params: { id }, body: visit("baseline", 7, -3) })
    expect(baseline.daysAfterProcedure).toBeNull()
    expect(baseline.visit.daysAfterProcedure).toBeUndefined()
    await api.createProcedure({ params: { id }, body: procedure })
    const detail = await api.getPatient({ params: { id } })
    expect(detail.visits[0]?.daysAfterProcedure).toBe(-3)
    expect(detail.visits[0]?.inWindow).toBe(true)
    const typed = await raw(registry, "clinician-waw", "POST", `/api/patients/${id}/visits`, {
      ...visit("month3", 4, 92),
      daysAfterProcedure: 10
    })
    expect(typed.status).toBeGreaterThanOrEqual(400)
    expect(typed.status).toBeLessThan(500)
    expect(JSON.stringify(typed.json.issues)).toContain("daysAfterProcedure")
    const { date: _, ...undated } = visit("month3", 4, 92)
    const noDate = await raw(registry, "clinician-waw", "POST", `/api/patients/${id}/visits`, undated)
    expect(noDate.status).toBeGreaterThanOrEqual(400)
    expect(noDate.json.issues?.map((i) => i.path)).toContainEqual(["date"])
    expect((await api.getPatient({ params: { id } })).visits).toHaveLength(1)
  })

  it("stores a visit outside its window and marks it on the visit, in the cohort overview and the export", async () => {
    const id = await treated()
    const late = await api.createVisit({ params: { id }, body: visit("month3", 4, 120) })
    expect(late.daysAfterProcedure).toBe(120)
    expect(late.inWindow).toBe(false)
    const onTime = await api.createVisit({ params: { id }, body: visit("month6", 3, 182) })
    expect(onTime.inWindow).toBe(true)
    const cohort = await registry.as.admin.cohort({})
    expect(cohort.outOfWindow).toContainEqual({
      patientId: id,
      centerId: "waw",
      timepoint: "month3",
      date: "2026-07-14",
      daysAfterProcedure: 120,
      windowStart: 75,
      windowEnd: 105
    })
    expect(cohort.outOfWindow.filter((v) => v.patientId === id)).toHaveLength(1)
    const csv = await raw(registry, "admin", "GET", "/api/export/visits.csv")
    const [header, ...lines] = csv.text.trim().split("\r\n")
    const columns = header!.split(",")
    const rows = lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [columns[i], v])))
    const mine = rows.filter((r) => r.patient === id)
    expect(mine.map((r) => [r.timepoint, r.daysAfterProcedure, r.outOfWindow])).toEqual([
      ["month3", "120", "true"],
      ["month6", "182", "false"]
    ])
  })

  it("refuses an adverse event whose onset or resolution is after today, and stores none", async () => {
    const id = await treated() // 2026-03-16
    const event = {
      type: "local hematoma",
      severity: "mild",
      serious: false,
      onsetDays: 400,
      resolutionDays: null,
      relatedToProcedure: true
    } as const
    const onset = await expectRefused(
      api.createAdverseEvent({ params: { id }, body: event }),
      ["onsetDays"],
      "the onset of the adverse event (2027-04-20) cannot be after today (2026-12-07)"
    )
    // a field written as days after the procedure, for clients to word as a day rather than a date
    expect(onset.issues[0]).toMatchObject({
      code: "dateInFuture",
      params: { unit: "days", today: "2026-12-07" }
    })
    await expectRefused(
      api.createAdverseEvent({ params: { id }, body: { ...event, onsetDays: 200, resolutionDays: 300 } }),
      ["resolutionDays"],
      "the resolution of the adverse event (2027-01-10) cannot be after today (2026-12-07)"
    )
    expect((await api.getPatient({ params: { id } })).adverseEvents).toEqual([])
    const stored = await api.createAdverseEvent({
      params: { id },
      body: { ...event, onsetDays: 1, resolutionDays: 3 }
    })
    await expectRefused(
      api.correctAdverseEvent({
        params: { id, eventId: stored.id },
        body: { resolutionDays: 400, reason: "still there" }
      }),
      ["resolutionDays"],
      "cannot be after today (2026-12-07)"
    )
    expect((await api.getPatient({ params: { id } })).adverseEvents[0]?.resolutionDays).toBe(3)
  })

  it("refuses a birth year in the future and a patient under 18 at the screening", async () => {
    const future = newPatient(nextId())
    await expectRefused(
      api.createPatient({ body: { ...future, birthYear: 2027 } }),
      ["birthYear"],
      "the birth year (2027) cannot be after this year (2026)"
    )
    expect((await refusal(api.getPatient({ params: { id: pid(future.id) } }))).status).toBe(404)

    const young = { ...newPatient(nextId()), birthYear: 2009 }
    const id = pid(young.id)
    await api.createPatient({ body: young })
    await expectRefused(
      api.createScreening({ params: { id }, body: eligibleScreening }),
      ["date"],
      "a patient born in 2009 is under 18 at the screening (2026-03-02)"
    )
    expect((await api.getPatient({ params: { id } })).screening).toBeNull()
    // born in 2008: 18 in the year of the screening
    await api.correctPatient({ params: { id }, body: { birthYear: 2008, reason: "typo" } })
    await api.createScreening({ params: { id }, body: eligibleScreening })
    await expectRefused(
      api.correctPatient({ params: { id }, body: { birthYear: 2010, reason: "typo" } }),
      ["birthYear"],
      "under 18 at the screening"
    )
    expect((await api.getPatient({ params: { id } })).patient.birthYear).toBe(2008)
  })

  it("refuses a treated side that leaves out the procedure's", async () => {
    const id = await treated() // right
    await expectRefused(
      api.correctPatient({ params: { id }, body: { treatedSide: "left", reason: "typo" } }),
      ["treatedSide"],
      "the procedure's side (right) is not the patient's treated side (left)"
    )
    await api.correctPatient({
      params: { id },
      body: { treatedSide: "bilateral", reason: "both sides planned" }
    })
    expect((await api.getPatient({ params: { id } })).patient.treatedSide).toBe("bilateral")
  })
})
