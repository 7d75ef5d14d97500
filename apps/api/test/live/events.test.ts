import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { RunningServer } from "../../src/server.js"
import { startSqliteServer, tempDataDir } from "../support/server.js"
import { call, eligiblePatient, login, openProcedure, send, sevenLevels, textbookPosts } from "./support.js"

describe("protocol events of a live procedure (SQLite)", () => {
  let server: RunningServer
  let clinician: string
  beforeAll(async () => {
    server = await startSqliteServer(tempDataDir())
    clinician = await login(server, "clinician-waw")
  })
  afterAll(() => server.close())

  it("stores a clean 7-lesion procedure, evaluates every cycle and writes the patient's procedure", async () => {
    const patient = await eligiblePatient(server, clinician)
    const { id, deviceToken } = await openProcedure(server, clinician, patient)
    await send(server, deviceToken, id, textbookPosts(sevenLevels))
    // Read by staff: the device token ended with the procedure (issue 19, item 9).
    const state = await call(server, "GET", `/api/procedures/${id}`, clinician)
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

describe("refused steps and resent batches (SQLite)", () => {
  let server: RunningServer
  let clinician: string
  beforeAll(async () => {
    server = await startSqliteServer(tempDataDir())
    clinician = await login(server, "clinician-waw")
  })
  afterAll(() => server.close())

  const post = (token: string, id: string, firstIndex: number, events: ReadonlyArray<unknown>) =>
    call(server, "POST", `/api/procedures/${id}/events`, token, { firstIndex, events })

  it("answers a freeze without a negative stimulation test with 409 and its tag, storing nothing of the batch", async () => {
    const { id, deviceToken } = await openProcedure(
      server,
      clinician,
      await eligiblePatient(server, clinician)
    )
    const refused = await post(deviceToken, id, 0, [
      { _tag: "ProbePositioned", side: "right", level: "S1" },
      {
        _tag: "StimulationTested",
        frequencyHz: 2,
        voltagesTried: [0.5, 1, 1.2],
        motorResponseAtVoltage: 1.2
      },
      { _tag: "FreezeStarted", t: 10 }
    ])
    expect(refused.status).toBe(409)
    expect(refused.body.error).toBe("FreezeWithoutNegativeStimulation")
    expect(refused.body.message).toContain("motor response was seen at 1.2 V")
    const state = await call(server, "GET", `/api/procedures/${id}`, deviceToken)
    expect(state.body).toMatchObject({ phase: "Idle", nextEventIndex: 0, current: null })
    const stream = await call(server, "GET", `/api/procedures/${id}/telemetry`, clinician)
    expect(stream.body.total).toBe(0)
  })

  it("refuses a freeze shorter than the protocol only as a deviation, named when the lesion closes", async () => {
    const { id, deviceToken } = await openProcedure(
      server,
      clinician,
      await eligiblePatient(server, clinician)
    )
    const posts = textbookPosts(["S1"], { freezeSeconds: 60, complete: false })
    const last = posts.pop()!
    await send(server, deviceToken, id, posts)
    if (last.kind !== "events") throw new Error("the script ends with events")
    const closed = await post(deviceToken, id, last.firstIndex, last.events)
    expect(closed.status).toBe(200)
    expect(closed.body.deviations.map((d: { kind: string }) => d.kind)).toEqual(["freeze-too-short"])
    expect(closed.body.deviations[0]).toMatchObject({ side: "right", lesion: 0 })
    const completed = await post(deviceToken, id, closed.body.nextIndex, [{ _tag: "ProcedureCompleted" }])
    const kinds = completed.body.deviations.map((d: { kind: string }) => d.kind)
    expect(kinds).toContain("too-few-lesions")
    expect(kinds).toContain("level-not-covered")
    const state = await call(server, "GET", `/api/procedures/${id}`, clinician)
    expect(state.body.deviations).toHaveLength(1 + kinds.length)
    expect(state.body.lesions[0].cycles[0].evaluation.freezeSeconds).toBe(60)
  })

  it("skips resent events, and refuses a different event at a stored index or a gap", async () => {
    const { id, deviceToken } = await openProcedure(
      server,
      clinician,
      await eligiblePatient(server, clinician)
    )
    const placed = [{ _tag: "ProbePositioned", side: "right", level: "L5" }]
    expect((await post(deviceToken, id, 0, placed)).body).toMatchObject({ stored: 1, nextIndex: 1 })
    expect((await post(deviceToken, id, 0, placed)).body).toMatchObject({
      received: 1,
      stored: 0,
      nextIndex: 1,
      phase: "Positioned"
    })
    const other = await post(deviceToken, id, 0, [{ _tag: "ProbePositioned", side: "right", level: "S2" }])
    expect(other.status).toBe(409)
    expect(other.body.error).toBe("EventConflict")
    const gap = await post(deviceToken, id, 3, [{ _tag: "LesionCompleted" }])
    expect(gap.status).toBe(409)
    expect(gap.body.error).toBe("EventIndexGap")
    const state = await call(server, "GET", `/api/procedures/${id}`, deviceToken)
    expect(state.body).toMatchObject({ nextEventIndex: 1, phase: "Positioned" })
    expect(state.body.current).toMatchObject({ level: "L5", finding: "no-test", cyclesDone: 0 })
  })

  it("refuses a second procedure for the same patient and audits opening and completing", async () => {
    const patient = await eligiblePatient(server, clinician)
    const { id, deviceToken } = await openProcedure(server, clinician, patient)
    const again = await call(server, "POST", `/api/patients/${patient}/procedure/live`, clinician, {
      side: "right",
      lesionsPerSide: 7,
      deviceSerial: "CRYO-SIM-2",
      operator: "Dr Test",
      date: "2026-11-30"
    })
    expect(again.status).toBe(409)
    expect(again.body.error).toBe("ProcedureExists")
    await send(server, deviceToken, id, textbookPosts(sevenLevels))
    const admin = await login(server, "admin")
    const audit = await call(server, "GET", `/api/audit?entity=liveProcedure&entityId=${id}`, admin)
    // newest first
    expect(audit.body.items.map((r: { action: string }) => r.action)).toEqual(["event", "create"])
    expect(audit.body.items[0].after).toMatchObject({ mode: "completed", lesions: 7 })
  })
})
