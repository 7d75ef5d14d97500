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
  beforeAll(async () => {
    server = await startSqliteServer(tempDataDir())
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
})
