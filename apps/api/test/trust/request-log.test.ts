import { makeClient } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { password } from "../support/registry.js"
import { tempDataDir } from "../support/server.js"
import { type ApiProcess, spawnApi } from "./process.js"
import { send } from "./support.js"

const patientId = Model.PatientId.make("WAW-9042")
const reason = "form transcribed as NRS nine by Dr Kowalska"

describe("the request log of a real API process after a whole patient's course", () => {
  let api: ApiProcess
  let token: string
  let userId: string
  beforeAll(async () => {
    api = await spawnApi({ dataDir: tempDataDir() })
    const signedIn = await makeClient({ baseUrl: api.url }).login({ body: { username: "admin", password } })
    token = signedIn.token
    userId = signedIn.user.id
    const c = makeClient({ baseUrl: api.url, token })
    await c.createCenter({ body: { id: Model.CenterId.make("waw"), name: "Warsaw", city: "Warsaw" } })
    await c.createPatient({ body: newPatient(patientId) })
    await c.createScreening({ params: { id: patientId }, body: eligibleScreening })
    await c.createBlock({ params: { id: patientId }, body: positiveBlock })
    await c.createProcedure({ params: { id: patientId }, body: procedure })
    const baseline = await c.createVisit({ params: { id: patientId }, body: visit("baseline", 9, -3) })
    await c.correctVisit({ params: { id: patientId, visitId: baseline.visit.id }, body: { nrs: 8, reason } })
    await c.patientHistory({ params: { id: patientId } })
    await c.listPatients({ query: { q: patientId } })
    await c.exportVisitsCsv({})
    await send(api.url, "GET", `/api/patients/${patientId}?token=${token}`)
    await send(api.url, "POST", "/api/auth/login", {
      body: { username: "admin", password: `${password}-wrong` }
    })
    await c.logout({})
    await new Promise((resolve) => setTimeout(resolve, 200)) // let the last lines reach the pipe
  })
  afterAll(() => api?.kill("SIGTERM"))

  it("writes one JSON line per request with time, method, route pattern, status, duration and user", () => {
    const lines = api
      .stdout()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l))
    expect(lines.length).toBeGreaterThanOrEqual(14)
    for (const line of lines)
      expect(Object.keys(line).sort()).toEqual(["address", "method", "ms", "route", "status", "time", "user"])
    // The socket's peer: no proxy is trusted, so nothing a client sends can change it.
    expect(new Set(lines.map((l) => l.address))).toEqual(new Set(["127.0.0.1"]))
    const visitWrite = lines.find((l) => l.method === "PATCH")
    expect(visitWrite).toMatchObject({
      route: "/api/patients/:id/visits/:visitId",
      status: 200,
      user: userId
    })
    expect(lines.find((l) => l.route === "/api/auth/login" && l.status === 401)?.user).toBeNull()
    expect(lines.some((l) => l.route === "/api/patients/:id" && l.status === 401)).toBe(true)
  })

  it("never contains the password, the token, the patient's id or a clinical text", () => {
    const log = api.stdout()
    for (const secret of [
      password,
      token,
      token.slice(0, 16),
      patientId,
      reason,
      "Kowalska",
      "nrs",
      "ibuprofen"
    ])
      expect(log.includes(secret), `the log contains ${secret.slice(0, 12)}…`).toBe(false)
  })
})
