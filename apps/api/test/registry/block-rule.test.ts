import { join } from "node:path"
import { DiagnosticBlock, Model, Protocol } from "@cryoreg/domain"
import Database from "better-sqlite3"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { positiveBlock } from "../support/inputs.js"
import { type Registry, startRegistry } from "../support/registry.js"

// Issue 22: the block behind a patient's status and the block (and relief) the analysis uses are one block.
describe("one rule for the decisive diagnostic block, on every patient of the calibrated cohort", () => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry("sqlite")
  })
  afterAll(() => registry?.close())

  /** The study rows the analysis reads, straight from the database file. */
  const studyRows = () => {
    const db = new Database(join(registry.dataDir!, "cryoreg.sqlite"), { readonly: true })
    try {
      const rows = db.prepare("SELECT patient_id, data FROM study_rows").all() as Array<{
        patient_id: string
        data: string
      }>
      return new Map(rows.map((r) => [r.patient_id, JSON.parse(r.data).row ?? JSON.parse(r.data)]))
    } finally {
      db.close()
    }
  }

  const everyPatient = async () => {
    const ids: Array<string> = []
    let cursor: string | undefined
    do {
      const page = await registry.as.admin.listPatients({
        query: { limit: 100, ...(cursor ? { cursor } : {}) }
      })
      ids.push(...page.items.map((p) => p.id))
      cursor = page.nextCursor ?? undefined
    } while (cursor !== undefined)
    return ids
  }

  const checkAgreement = async () => {
    const rows = studyRows()
    let compared = 0
    for (const id of await everyPatient()) {
      const detail = await registry.as.admin.getPatient({ params: { id: Model.PatientId.make(id) } })
      const row = rows.get(id)
      if (detail.screening === null || row === undefined) continue
      const criterion = detail.screening.eligibility.criteria.find((c) => c.id === "positiveDiagnosticBlock")
      const relief = row.bestBlockReliefPct as number | null
      // the status's verdict on the block and the analysis's relief say the same
      expect(criterion?.met, id).toBe(
        relief === null ? null : DiagnosticBlock.isPositive(relief, Protocol.study)
      )
      if (relief !== null) expect(criterion?.text, id).toContain(`${Math.round(relief * 10) / 10} % relief`)
      compared++
    }
    return compared
  }

  it("agrees for every stored patient with a study row", async () => {
    expect(await checkAgreement()).toBeGreaterThanOrEqual(107)
  })

  it("still agrees after some patients get a stronger, then a weaker positive repeat block", async () => {
    const treated = (await registry.as.admin.listPatients({ query: { status: "month6", limit: 5 } })).items
    expect(treated).toHaveLength(5)
    for (const p of treated) {
      const detail = await registry.as.admin.getPatient({ params: { id: p.id } })
      const first = detail.blocks[0]!.block
      const at = { date: first.date }
      // a stronger block becomes the decisive one; a weaker positive block after it (the latest positive) does not
      await registry.as.admin.createBlock({
        params: { id: p.id },
        body: { ...positiveBlock, ...at, nrsBefore: 10, nrsAfter: 0 }
      })
      await registry.as.admin.createBlock({
        params: { id: p.id },
        body: { ...positiveBlock, ...at, nrsBefore: 8, nrsAfter: 4 }
      })
      const after = await registry.as.admin.getPatient({ params: { id: p.id } })
      expect(
        after.screening?.eligibility.criteria.find((c) => c.id === "positiveDiagnosticBlock")?.text
      ).toContain("100 % relief")
      expect(studyRows().get(p.id)?.bestBlockReliefPct).toBe(100)
    }
    expect(await checkAgreement()).toBeGreaterThanOrEqual(107)
  })
})
