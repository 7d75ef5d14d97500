import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { RunningServer } from "../../src/server.js"
import { startSqliteServer, tempDataDir } from "../support/server.js"
import { call, eligiblePatients, login, openProcedure, send, sevenLevels, textbookPosts } from "./support.js"

describe("protocol events of a live procedure (SQLite)", () => {
  let server: RunningServer
  let clinician: string
  let patients: Array<string>
  beforeAll(async () => {
    server = await startSqliteServer(tempDataDir())
    clinician = await login(server, "clinician-waw")
    patients = await eligiblePatients(server, clinician)
  })
  afterAll(() => server.close())

  it("stores a clean 7-lesion procedure, evaluates every cycle and writes the patient's procedure", async () => {
    const patient = patients[0]!
    const { id, deviceToken } = await openProcedure(server, clinician, patient)
    await send(server, deviceToken, id, textbookPosts(sevenLevels))
    const state = await call(server, "GET", `/api/procedures/${id}`, deviceToken)
    expect(state.status).toBe(200)
    expect(state.body.phase).toBe("Completed")
    expect(state.body.procedure.mode).toBe("completed")
    expect(state.body.lesions).toHaveLength(7)
    for (const lesion of state.body.lesions) {
      expect(lesion.cycles).toHaveLength(1)
      expect(lesion.cycles[0].evaluation.deviations).toEqual([])
      expect(lesion.cycles[0].reachedTemperatureC).toBe(-78)
    }
    expect(state.body.deviations).toEqual([])
    const record = await call(server, "GET", `/api/patients/${patient}`, clinician)
    expect(record.body.status).toBe("treated")
    expect(record.body.procedure.mode).toBe("completed")
    expect(record.body.procedure.procedure.lesions).toHaveLength(7)
  })
})
