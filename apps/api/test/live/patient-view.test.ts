import { join } from "node:path"
import Database from "better-sqlite3"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { RunningServer } from "../../src/server.js"
import { startSqliteServer, tempDataDir } from "../support/server.js"
import { call, eligiblePatient, login, openProcedure, send, textbookPosts } from "./support.js"

interface Deviation {
  readonly kind: string
  readonly lesion: number | null
  readonly message: string
}

const sorted = (ds: ReadonlyArray<Deviation>) =>
  ds.map((d) => `${d.lesion ?? "-"} ${d.kind}: ${d.message}`).sort()

describe("a completed live procedure on the patient's record (SQLite)", () => {
  let server: RunningServer
  let clinician: string
  const dataDir = tempDataDir()
  beforeAll(async () => {
    server = await startSqliteServer(dataDir)
    clinician = await login(server, "clinician-waw")
  })
  afterAll(() => server.close())

  it("shows the deviations the live page lists, in the same words (a 60 s freeze, lesions missing)", async () => {
    const patient = await eligiblePatient(server, clinician)
    const { id, deviceToken } = await openProcedure(server, clinician, patient)
    await send(server, deviceToken, id, textbookPosts(["S1", "S2"], { freezeSeconds: 60 }))
    const live = await call(server, "GET", `/api/procedures/${id}`, clinician)
    expect(live.body.phase).toBe("Completed")
    const listed = live.body.deviations as ReadonlyArray<Deviation>
    expect(listed.map((d) => d.kind)).toContain("freeze-too-short")
    const record = await call(server, "GET", `/api/patients/${patient}`, clinician)
    expect(sorted(record.body.procedure.summary.deviations)).toEqual(sorted(listed))
  })
  it("answers deviations stored before they carried their params, judged again with params, in the same English", async () => {
    const patient = await eligiblePatient(server, clinician)
    const { id, deviceToken } = await openProcedure(server, clinician, patient)
    await send(server, deviceToken, id, textbookPosts(["S1", "S2"], { freezeSeconds: 60 }))
    const db = new Database(join(dataDir, "cryoreg.sqlite"))
    const rows = db.prepare("SELECT ord, data FROM live_deviations WHERE procedure_id = ?").all(id) as Array<{
      ord: number
      data: string
    }>
    expect(rows.length).toBeGreaterThan(0)
    for (const { ord, data } of rows) {
      const { params: _, ...legacy } = JSON.parse(data) as Deviation & { params: unknown }
      db.prepare("UPDATE live_deviations SET data = ? WHERE procedure_id = ? AND ord = ?").run(
        JSON.stringify(legacy),
        id,
        ord
      )
    }
    db.close()
    const live = await call(server, "GET", `/api/procedures/${id}`, clinician)
    expect(live.status).toBe(200)
    const listed = live.body.deviations as ReadonlyArray<Deviation & { params: unknown }>
    expect(listed.map((d) => d.kind)).toContain("freeze-too-short")
    expect(listed.every((d) => typeof d.params === "object")).toBe(true)
    const record = await call(server, "GET", `/api/patients/${patient}`, clinician)
    expect(record.status).toBe(200)
    const summary = record.body.procedure.summary.deviations as ReadonlyArray<Deviation & { params: unknown }>
    expect(summary.map((d) => d.kind)).toContain("freeze-too-short")
    expect(summary.every((d) => typeof d.params === "object")).toBe(true)
  })
})
