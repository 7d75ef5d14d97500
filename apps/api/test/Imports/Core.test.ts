import type { ImportReport } from "@cryoreg/contract"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { ParsedPatient } from "../../src/Imports/Source.js"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { dialects } from "../support/registry.js"
import { coreRegistry, onRow, sourceOf } from "./support.js"

/** A whole patient as the forms would take it: screening, block, procedure, three visits, an adverse event. */
const wholePatient = (
  id: string,
  row: number,
  changes: { nrs3?: number; center?: string } = {}
): ParsedPatient => ({
  patient: {
    input: { ...newPatient(id), ...(changes.center ? { centerId: changes.center } : {}) },
    at: onRow("patients.csv", row)
  },
  screening: { input: eligibleScreening, at: onRow("visits.csv", row) },
  blocks: [{ input: positiveBlock, at: onRow("visits.csv", row) }],
  procedure: { input: procedure, at: onRow("procedures.csv", row) },
  visits: [
    { input: visit("baseline", 7, -3), at: onRow("visits.csv", row + 100) },
    { input: visit("month3", changes.nrs3 ?? 3, 91), at: onRow("visits.csv", row + 200) },
    { input: visit("month6", 2, 182), at: onRow("visits.csv", row + 300) }
  ],
  adverseEvents: [
    {
      input: {
        type: "local hematoma",
        severity: "mild",
        serious: false,
        onsetDays: 1,
        resolutionDays: 7,
        relatedToProcedure: true
      },
      at: onRow("adverse-events.csv", row)
    }
  ]
})

const ok = <A, E>(result: { _tag: "Right"; right: A } | { _tag: "Left"; left: E }): A => {
  if (result._tag === "Left") throw new Error(`expected a report, got ${JSON.stringify(result.left)}`)
  return result.right
}

describe.each(dialects)("the import core on %s", (kind) => {
  let registry: Awaited<ReturnType<typeof coreRegistry>>
  beforeAll(async () => {
    registry = await coreRegistry(kind)
  }, 120_000)
  afterAll(() => registry?.close())

  it("a dry run reports what it would add and stores nothing", async () => {
    const before = await registry.counts()
    const report = ok(
      await registry.importAs("coordinator-waw", sourceOf([wholePatient("WAW-7001", 2)]), { dryRun: true })
    )
    expect(report.problems).toEqual([])
    expect(report.stored).toBe(false)
    expect(report.importId).toBeNull()
    expect(report.counts).toMatchObject({
      patients: { added: 1, unchanged: 0 },
      visits: { added: 3, unchanged: 0 },
      adverseEvents: { added: 1 }
    })
    expect(await registry.counts()).toEqual(before)
  })

  it("stores every record in one run, audited with the import's id and file hash, and the patient's status", async () => {
    const before = await registry.counts()
    const source = sourceOf([wholePatient("WAW-7001", 2), wholePatient("WAW-7002", 3)])
    const report = ok(await registry.importAs("coordinator-waw", source, { dryRun: false }))
    expect(report.problems).toEqual([])
    expect(report.stored).toBe(true)
    expect(report.importId).toMatch(/^imp-[0-9a-f]{16}$/)
    expect(report.fileHash).toMatch(/^[0-9a-f]{64}$/)
    const after = await registry.counts()
    // per patient: screening, block, procedure, three visits, one adverse event
    expect(after.patients - before.patients).toBe(2)
    expect(after.records - before.records).toBe(14)
    expect(after.audit - before.audit).toBe(16)
    expect(after.imports - before.imports).toBe(1)
    expect(after.studyRows - before.studyRows).toBe(2)
    const status = await registry.sql<{ status: string; verdict: string }>(
      "SELECT status, verdict FROM patients WHERE id = ?",
      ["WAW-7002"]
    )
    expect(status[0]).toEqual({ status: "month6", verdict: "eligible" })
    const audited = await registry.count("audit_log", "patient_id = ? AND reason LIKE ?", [
      "WAW-7001",
      `%${report.importId}%${report.fileHash}%`
    ])
    expect(audited).toBe(8)
  })

  it("a second import of the same file stores nothing new and says the records are there already", async () => {
    const before = await registry.counts()
    const source = sourceOf([wholePatient("WAW-7001", 2), wholePatient("WAW-7002", 3)])
    const report: ImportReport = ok(await registry.importAs("coordinator-waw", source, { dryRun: false }))
    expect(report.problems).toEqual([])
    expect(report.stored).toBe(false)
    expect(report.earlier).not.toBeNull()
    expect(report.counts).toMatchObject({
      patients: { added: 0, unchanged: 2 },
      visits: { added: 0, unchanged: 6 },
      procedures: { added: 0, unchanged: 2 }
    })
    expect(await registry.counts()).toEqual(before)
  })

  it("refuses a different value for a stored record, naming the cell, and overwrites nothing", async () => {
    const before = await registry.counts()
    const report = ok(
      await registry.importAs("coordinator-waw", sourceOf([wholePatient("WAW-7001", 2, { nrs3: 5 })]), {
        dryRun: false
      })
    )
    expect(report.stored).toBe(false)
    // the helper's visit has VAS = NRS × 10: both differ from what is stored
    expect(report.problems.map((p) => [p.file, p.row, p.column, p.message])).toEqual([
      [
        "visits.csv",
        202,
        "nrs",
        expect.stringContaining("stored with another nrs (stored 3, in the file 5)")
      ],
      ["visits.csv", 202, "vasMm", expect.stringContaining("(stored 30, in the file 50)")]
    ])
    expect(await registry.counts()).toEqual(before)
  })

  it("refuses the whole file for one bad row, and names every problem of every row", async () => {
    const before = await registry.counts()
    const bad = wholePatient("WAW-7004", 4)
    const worse = wholePatient("WAW-7005", 5, { center: "pila" })
    const visits = bad.visits!.map((v, i) =>
      i === 1 ? { ...v, input: { ...(v.input as object), odiAnswers: [1, 2, 9, 1, 1, 1, 1, 1, 1, 1] } } : v
    )
    const report = ok(
      await registry.importAs(
        "coordinator-waw",
        sourceOf([wholePatient("WAW-7003", 3), { ...bad, visits }, worse]),
        { dryRun: false }
      )
    )
    expect(report.stored).toBe(false)
    expect(report.problems).toEqual([
      expect.objectContaining({
        file: "visits.csv",
        row: 204,
        column: "odiAnswers.2",
        rule: "value allowed in this column"
      }),
      expect.objectContaining({
        file: "patients.csv",
        row: 5,
        column: "centerId",
        rule: "patients of the importing center only"
      })
    ])
    expect(await registry.counts()).toEqual(before)
  })

  it("a problem after the first batch of patients was written rolls back what was written, and every problem is named", async () => {
    const before = await registry.counts()
    // 500 patients a batch: the first batch is written before the problems of the second are found
    const good = Array.from({ length: 520 }, (_, i) => wholePatient(`WAW-${8000 + i}`, 10 + i))
    const late = wholePatient("WAW-8600", 700, { center: "pila" })
    const report = ok(
      await registry.importAs("coordinator-waw", sourceOf([...good, late, good[3]!]), { dryRun: false })
    )
    expect(report.stored).toBe(false)
    expect(report.importId).toBeNull()
    expect(report.problems.map((p) => [p.file, p.row, p.column, p.rule])).toEqual([
      ["patients.csv", 700, "centerId", "patients of the importing center only"],
      ["patients.csv", 13, "id", "one record of this kind per patient"]
    ])
    expect(report.counts.patients.added).toBe(521)
    expect(await registry.counts()).toEqual(before)
  }, 120_000)

  it("checks the order of the study's steps as the forms do: a procedure of a patient not eligible is refused", async () => {
    const patient = wholePatient("WAW-7006", 6)
    const blocks = [{ ...patient.blocks![0]!, input: { ...positiveBlock, nrsAfter: 7 } }]
    const report = ok(
      await registry.importAs("coordinator-waw", sourceOf([{ ...patient, blocks }]), { dryRun: true })
    )
    expect(report.problems[0]).toMatchObject({
      file: "procedures.csv",
      row: 6,
      column: null,
      rule: "order of the study's steps"
    })
    expect(report.problems[0]!.message).toMatch(/WAW-7006 is not eligible/)
  })

  it("imports into the caller's center only: a coordinator naming another center is refused", async () => {
    const result = await registry.importAs("coordinator-waw", sourceOf([]), { dryRun: true, center: "pila" })
    expect(result._tag).toBe("Left")
    if (result._tag === "Left") expect(result.left._tag).toBe("Forbidden")
  })
})
