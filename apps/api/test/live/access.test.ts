import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { RunningServer } from "../../src/server.js"
import { startSqliteServer, tempDataDir } from "../support/server.js"
import { call, eligiblePatient, login, openProcedure } from "./support.js"

const samples = [{ t: 1, tipTemperatureC: 36, pressureBar: 55, seq: 0 }]
const placed = { firstIndex: 0, events: [{ _tag: "ProbePositioned", side: "right", level: "S1" }] }

describe("who may reach a live procedure (SQLite)", () => {
  let server: RunningServer
  let waw: string
  let pila: string
  let first: { id: string; deviceToken: string }
  let second: { id: string; deviceToken: string }
  beforeAll(async () => {
    server = await startSqliteServer(tempDataDir())
    waw = await login(server, "clinician-waw")
    pila = await login(server, "clinician-pila")
    first = await openProcedure(server, waw, await eligiblePatient(server, waw))
    second = await openProcedure(server, waw, await eligiblePatient(server, waw))
  })
  afterAll(() => server.close())

  it("lets a device token post and read its own procedure", async () => {
    const path = `/api/procedures/${first.id}`
    expect((await call(server, "POST", `${path}/telemetry`, first.deviceToken, { samples })).status).toBe(200)
    expect((await call(server, "POST", `${path}/events`, first.deviceToken, placed)).status).toBe(200)
    const state = await call(server, "GET", path, first.deviceToken)
    expect(state.body).toMatchObject({ phase: "Positioned", samples: 1, lastSeq: 0 })
    const me = await call(server, "GET", "/api/auth/me", first.deviceToken)
    expect(me.body.user).toMatchObject({ role: "device", centerId: "waw", procedureId: first.id })
  })

  it("answers a device token 404 for any other procedure of its own center, and 403 outside its routes", async () => {
    const other = `/api/procedures/${second.id}`
    for (const [method, path, body] of [
      ["GET", other, undefined],
      ["GET", `${other}/telemetry`, undefined],
      ["POST", `${other}/telemetry`, { samples }],
      ["POST", `${other}/events`, placed]
    ] as const) {
      const answer = await call(server, method, path, first.deviceToken, body)
      expect(answer.status, `${method} ${path}`).toBe(404)
      expect(answer.body.error).toBe("NotFound")
    }
    expect((await call(server, "GET", other, waw)).body.samples).toBe(0)
    for (const path of ["/api/patients", "/api/procedures", `/api/procedures/${first.id}/stream`])
      expect((await call(server, "GET", path, first.deviceToken)).status, path).toBe(403)
    const another = await call(
      server,
      "POST",
      `/api/patients/${await eligiblePatient(server, waw)}/procedure/live`,
      first.deviceToken,
      {
        side: "right",
        lesionsPerSide: 7,
        deviceSerial: "CRYO-SIM-9",
        operator: "Dr Test",
        date: "2026-11-30"
      }
    )
    expect(another.status).toBe(403)
  })

  it("answers a clinician of the other center 404 for every route of the procedure", async () => {
    const path = `/api/procedures/${first.id}`
    for (const [method, route, body] of [
      ["GET", path, undefined],
      ["GET", `${path}/telemetry`, undefined],
      ["GET", `${path}/stream`, undefined],
      ["POST", `${path}/telemetry`, { samples: [{ ...samples[0]!, seq: 5, t: 5 }] }],
      ["POST", `${path}/events`, { ...placed, firstIndex: 1 }]
    ] as const) {
      const answer = await call(server, method, route, pila, body)
      expect(answer.status, `${method} ${route}`).toBe(404)
    }
    expect((await call(server, "GET", "/api/procedures", pila)).body.items).toEqual([])
    const listed = await call(server, "GET", "/api/procedures", waw)
    expect(listed.body.items.map((p: { id: string }) => p.id).sort()).toEqual([first.id, second.id].sort())
    const state = await call(server, "GET", path, waw)
    expect(state.body).toMatchObject({ samples: 1, nextEventIndex: 1 })
  })

  it("refuses a request without a token, and a revoked device token", async () => {
    expect((await call(server, "GET", `/api/procedures/${first.id}`)).status).toBe(401)
    expect((await call(server, "POST", "/api/auth/logout", second.deviceToken)).status).toBe(204)
    expect((await call(server, "GET", `/api/procedures/${second.id}`, second.deviceToken)).status).toBe(401)
  })
})
