import { Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Database from "../../src/Database.js"
import { type RunningServer, startServer } from "../../src/server.js"
import { procedure } from "../support/inputs.js"
import { freshDatabase } from "../support/postgres.js"
import { tempDataDir } from "../support/server.js"
import { call, eligiblePatient, login, openProcedure, send, sevenLevels, textbookPosts } from "./support.js"

const start = async (kind: "sqlite" | "postgresql") => {
  const pg = kind === "postgresql" ? await freshDatabase() : null
  const database = pg === null ? Database.sqlite(tempDataDir()) : Database.postgresql(Redacted.make(pg.url))
  const server = await startServer({ port: 0, host: "127.0.0.1", database })
  return { server, drop: async () => pg?.drop() }
}

const sample = (seq: number) => ({ t: 1000 + seq, tipTemperatureC: 36, pressureBar: 55, seq })

describe.each(["sqlite", "postgresql"] as const)("a live procedure from start to end (%s)", (kind) => {
  let server: RunningServer
  let drop: () => Promise<void>
  let clinician: string
  let admin: string
  beforeAll(async () => {
    ;({ server, drop } = await start(kind))
    clinician = await login(server, "clinician-waw")
    admin = await login(server, "admin")
  })
  afterAll(async () => {
    await server.close()
    await drop()
  })

  const auditOf = async (entity: string, id: string) =>
    (await call(server, "GET", `/api/audit?entity=${entity}&entityId=${id}`, admin)).body.items

  it("opens a procedure under the id of the procedure record it becomes, shared by the record and the telemetry", async () => {
    const patient = await eligiblePatient(server, clinician)
    const { id, deviceToken } = await openProcedure(server, clinician, patient)
    expect(id).toMatch(/^prc-[0-9a-f]{16}$/)
    await send(server, deviceToken, id, textbookPosts(sevenLevels))
    const record = await call(server, "GET", `/api/patients/${patient}`, clinician)
    expect(record.body.procedure.procedure.id).toBe(id)
    expect(record.body.procedure.mode).toBe("completed")
    expect(record.body.liveProcedure).toBeNull()
    expect(
      (await call(server, "GET", `/api/procedures/${id}/telemetry`, clinician)).body.total
    ).toBeGreaterThan(0)
    const listed = await call(server, "GET", `/api/procedures?patient=${patient}`, clinician)
    expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual([id])
  })

  it("writes a device's completion as the device, on behalf of the clinician who opened the procedure", async () => {
    const patient = await eligiblePatient(server, clinician)
    const { id, deviceToken } = await openProcedure(server, clinician, patient)
    await send(server, deviceToken, id, textbookPosts(sevenLevels))
    const rows = await auditOf("procedure", id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ action: "create", username: `device.${id}`, onBehalfOf: "clinician-waw" })
    const history = await call(server, "GET", `/api/patients/${patient}/history`, clinician)
    const opened = history.body.items.find((r: { entity: string }) => r.entity === "liveProcedure")
    expect(opened).toMatchObject({ action: "create", username: "clinician-waw", onBehalfOf: null })
  })

  it("shows the open procedure on the patient's record: id, phase, lesions so far, when it started", async () => {
    const patient = await eligiblePatient(server, clinician)
    const { id, deviceToken } = await openProcedure(server, clinician, patient)
    const before = await call(server, "GET", `/api/patients/${patient}`, clinician)
    expect(before.body.procedure).toBeNull()
    expect(before.body.liveProcedure).toMatchObject({ id, phase: "Idle", lesions: 0, side: "right" })
    expect(Date.parse(before.body.liveProcedure.startedAt)).not.toBeNaN()
    await send(server, deviceToken, id, textbookPosts(["L5", "S1", "S1"], { complete: false }))
    // the same record read again: the events moved the data version, so the kept answer is not reused
    const after = await call(server, "GET", `/api/patients/${patient}`, clinician)
    expect(after.body.liveProcedure).toMatchObject({ id, phase: "Idle", lesions: 3 })
    expect(after.body.status).toBe("eligible")
  })

  it("refuses a second procedure with one tag whichever way each was entered", async () => {
    const recordedFirst = await eligiblePatient(server, clinician)
    expect(
      (await call(server, "POST", `/api/patients/${recordedFirst}/procedure`, clinician, procedure)).status
    ).toBe(201)
    const live = await call(server, "POST", `/api/patients/${recordedFirst}/procedure/live`, clinician, {
      side: "right",
      lesionsPerSide: 7,
      deviceSerial: "CRYO-SIM-1",
      operator: "Dr Test",
      date: "2026-11-30"
    })
    expect(live.status).toBe(409)
    expect(live.body.error).toBe("ProcedureExists")

    const liveFirst = await eligiblePatient(server, clinician)
    const { id, deviceToken } = await openProcedure(server, clinician, liveFirst)
    const recorded = await call(server, "POST", `/api/patients/${liveFirst}/procedure`, clinician, procedure)
    expect(recorded.status).toBe(409)
    expect(recorded.body.error).toBe("ProcedureExists")
    expect(recorded.body.message).toContain(id)
    // the live one still completes (a recorded procedure accepted here would have blocked it for good)
    await send(server, deviceToken, id, textbookPosts(sevenLevels))
    const record = await call(server, "GET", `/api/patients/${liveFirst}`, clinician)
    expect(record.body.procedure).toMatchObject({ mode: "completed", procedure: { id } })
  })

  it("aborts an open procedure with the reason: audited, its device token dead, a new procedure possible", async () => {
    const patient = await eligiblePatient(server, clinician)
    const first = await openProcedure(server, clinician, patient)
    await send(server, first.deviceToken, first.id, textbookPosts(["L5"], { complete: false }))
    const reason = "probe failure: the procedure was finished with another device"
    const aborted = await call(server, "POST", `/api/procedures/${first.id}/abort`, clinician, { reason })
    expect(aborted.status).toBe(200)
    expect(aborted.body).toMatchObject({ id: first.id, mode: "aborted", abortReason: reason })
    expect(aborted.body.endedAt).not.toBeNull()

    const events = { firstIndex: 6, events: [{ _tag: "ProbePositioned", side: "right", level: "S1" }] }
    for (const [path, body] of [
      ["events", events],
      ["telemetry", { samples: [sample(9000)] }]
    ] as const) {
      const refused = await call(
        server,
        "POST",
        `/api/procedures/${first.id}/${path}`,
        first.deviceToken,
        body
      )
      // not a bad token: the procedure ended, and the answer says so (410 ProcedureEnded, how and when)
      expect(refused.status, path).toBe(410)
      expect(refused.body, path).toMatchObject({
        error: "ProcedureEnded",
        procedureId: first.id,
        ended: "aborted",
        endedAt: aborted.body.endedAt
      })
    }
    // a token that never was one is still 401
    const unknown = await call(server, "GET", `/api/procedures/${first.id}`, "not-a-token")
    expect(unknown).toMatchObject({ status: 401, body: { error: "Unauthorized" } })
    // staff cannot drive it any more either
    const staff = await call(server, "POST", `/api/procedures/${first.id}/events`, clinician, events)
    expect(staff.status).toBe(409)
    expect(staff.body.error).toBe("ProcedureNotOpen")

    const rows = await auditOf("liveProcedure", first.id)
    // newest first
    expect(rows.map((r: { action: string }) => r.action)).toEqual(["abort", "create"])
    expect(rows[0]).toMatchObject({ username: "clinician-waw", reason, after: { mode: "aborted" } })
    const history = await call(server, "GET", `/api/patients/${patient}/history`, clinician)
    expect(history.body.items.some((r: { action: string }) => r.action === "abort")).toBe(true)

    const again = await call(server, "POST", `/api/procedures/${first.id}/abort`, clinician, { reason })
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ error: "ProcedureNotOpen" })
    expect(again.body.message).toContain("aborted")

    const record = await call(server, "GET", `/api/patients/${patient}`, clinician)
    expect(record.body).toMatchObject({ procedure: null, liveProcedure: null, status: "eligible" })

    const second = await openProcedure(server, clinician, patient)
    expect(second.id).not.toBe(first.id)
    expect(
      (await call(server, "POST", `/api/procedures/${second.id}/abort`, clinician, { reason: "rescheduled" }))
        .status
    ).toBe(200)
    const recorded = await call(server, "POST", `/api/patients/${patient}/procedure`, clinician, procedure)
    expect(recorded.status).toBe(201)
    expect(
      (await call(server, "POST", `/api/procedures/${first.id}/abort`, clinician, { reason })).body.error
    ).toBe("ProcedureNotOpen")
  })

  it("lets only the staff of the procedure's center abort it: not its device, not the statistician", async () => {
    const patient = await eligiblePatient(server, clinician)
    const { id, deviceToken } = await openProcedure(server, clinician, patient)
    const body = { reason: "test" }
    const path = `/api/procedures/${id}/abort`
    expect((await call(server, "POST", path, deviceToken, body)).status).toBe(403)
    expect((await call(server, "POST", path, await login(server, "statistician"), body)).status).toBe(403)
    expect((await call(server, "POST", path, await login(server, "clinician-pila"), body)).status).toBe(404)
    const empty = await call(server, "POST", path, clinician, { reason: "" })
    expect(empty.status).toBe(400)
    expect(empty.body.issues[0].path).toEqual(["reason"])
    const state = await call(server, "GET", `/api/procedures/${id}`, clinician)
    expect(state.body.procedure.mode).toBe("live")
  })

  it("issues a new device token: the old one stops working, the new one drives the procedure", async () => {
    const patient = await eligiblePatient(server, clinician)
    const { id, deviceToken } = await openProcedure(server, clinician, patient)
    const posts = textbookPosts(sevenLevels)
    await send(server, deviceToken, id, posts.slice(0, 4))
    const issued = await call(server, "POST", `/api/procedures/${id}/device-token`, clinician)
    expect(issued.status).toBe(201)
    expect(issued.body.procedure.id).toBe(id)
    expect(issued.body.deviceToken).not.toBe(deviceToken)
    expect((await call(server, "GET", `/api/procedures/${id}`, deviceToken)).status).toBe(401)
    const me = await call(server, "GET", "/api/auth/me", issued.body.deviceToken)
    expect(me.body.user.username).toBe(`device.${id}`)
    await send(server, issued.body.deviceToken, id, posts.slice(4))
    const state = await call(server, "GET", `/api/procedures/${id}`, clinician)
    expect(state.body.phase).toBe("Completed")
    // The device token ended with its procedure (issue 19, item 9), and is told so.
    const ended = await call(server, "GET", "/api/auth/me", issued.body.deviceToken)
    expect(ended).toMatchObject({
      status: 410,
      body: { error: "ProcedureEnded", procedureId: id, ended: "completed" }
    })
    const late = await call(server, "POST", `/api/procedures/${id}/device-token`, clinician)
    expect(late.status).toBe(409)
    expect(late.body.error).toBe("ProcedureNotOpen")
    // the token reissued away earlier belongs to the ended procedure too
    expect((await call(server, "POST", `/api/procedures/${id}/device-token`, deviceToken)).status).toBe(410)
  })

  it("shows the patient the deviations the live page lists for a completed procedure (issue 17, item 4)", async () => {
    const patient = await eligiblePatient(server, clinician)
    const { id, deviceToken } = await openProcedure(server, clinician, patient)
    await send(server, deviceToken, id, textbookPosts(sevenLevels, { freezeSeconds: 60 }))
    const live = await call(server, "GET", `/api/procedures/${id}`, clinician)
    expect(live.body.deviations.length).toBeGreaterThanOrEqual(7)
    const record = await call(server, "GET", `/api/patients/${patient}`, clinician)
    expect(record.body.procedure.summary.deviations).toEqual(live.body.deviations)
    const corrected = await call(server, "PATCH", `/api/patients/${patient}/procedure`, clinician, {
      operator: "Dr Test Corrected",
      reason: "operator misspelled"
    })
    expect(corrected.status).toBe(200)
    expect(corrected.body.summary.deviations).toEqual(live.body.deviations)
  })

  it("aborts the open procedure of a patient who is withdrawn", async () => {
    const patient = await eligiblePatient(server, clinician)
    const { id, deviceToken } = await openProcedure(server, clinician, patient)
    const withdrawn = await call(server, "POST", `/api/patients/${patient}/withdraw`, clinician, {
      reason: "moved abroad"
    })
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body.liveProcedure).toBeNull()
    const state = await call(server, "GET", `/api/procedures/${id}`, clinician)
    expect(state.body.procedure).toMatchObject({
      mode: "aborted",
      abortReason: "moved abroad"
    })
    expect((await call(server, "GET", `/api/procedures/${id}`, deviceToken)).body).toMatchObject({
      error: "ProcedureEnded",
      ended: "aborted"
    })
  })
})
