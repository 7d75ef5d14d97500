import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { RunningServer } from "../../src/server.js"
import { startSqliteServer, tempDataDir } from "../support/server.js"
import { call, eligiblePatient, login, openProcedure } from "./support.js"

const sample = (seq: number, tipTemperatureC = 36, t = seq * 0.1) => ({
  t,
  tipTemperatureC,
  pressureBar: 55,
  seq
})
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => sample(from + i))

describe("telemetry of a live procedure (SQLite)", () => {
  let server: RunningServer
  let clinician: string
  let procedure: { id: string; deviceToken: string }
  beforeAll(async () => {
    server = await startSqliteServer(tempDataDir())
    clinician = await login(server, "clinician-waw")
    procedure = await openProcedure(server, clinician, await eligiblePatient(server, clinician))
  })
  afterAll(() => server.close())

  const post = (samples: ReadonlyArray<unknown>) =>
    call(server, "POST", `/api/procedures/${procedure.id}/telemetry`, procedure.deviceToken, { samples })
  const stored = async (query = "") =>
    (await call(server, "GET", `/api/procedures/${procedure.id}/telemetry${query}`, clinician)).body

  it("stores a resent batch once and only the new samples of an overlapping one", async () => {
    expect((await post(range(0, 50))).body).toEqual({ received: 50, stored: 50, lastSeq: 49 })
    expect((await post(range(0, 50))).body).toEqual({ received: 50, stored: 0, lastSeq: 49 })
    expect((await post(range(25, 75))).body).toEqual({ received: 50, stored: 25, lastSeq: 74 })
    const series = await stored()
    expect(series.total).toBe(75)
    expect(series.samples.map((s: { seq: number }) => s.seq)).toEqual(range(0, 75).map((s) => s.seq))
  })

  it("refuses a sample out of the domain's ranges with the field named, storing nothing of the batch", async () => {
    const batch = range(75, 100)
    batch[3] = { ...batch[3]!, tipTemperatureC: -250 }
    const refused = await post(batch)
    expect(refused.status).toBe(400)
    expect(refused.body.error).toBe("InvalidRequest")
    expect(refused.body.issues).toContainEqual(
      expect.objectContaining({ path: ["samples", 3, "tipTemperatureC"] })
    )
    expect((await stored()).total).toBe(75)
    const pressure = await post([{ ...sample(75), pressureBar: 400 }])
    expect(pressure.body.issues[0].path).toEqual(["samples", 0, "pressureBar"])
  })

  it("refuses new samples whose time goes back (the freeze protocol's TelemetryOutOfOrder)", async () => {
    const refused = await post([sample(75), sample(76, 36, 1)])
    expect(refused.status).toBe(409)
    expect(refused.body.error).toBe("TelemetryOutOfOrder")
    expect((await stored()).total).toBe(75)
  })

  it("downsamples a window for charts and keeps its coldest and warmest samples", async () => {
    const batch = range(100, 1100).map((s, i) => ({ ...s, tipTemperatureC: 30 - (i % 40) }))
    batch[517] = { ...batch[517]!, tipTemperatureC: -85.5 }
    batch[802] = { ...batch[802]!, tipTemperatureC: 44.25 }
    expect((await post(batch)).body.stored).toBe(1000)
    const from = batch[0]!.t
    const chart = await stored(`?from=${from}&maxPoints=100`)
    expect(chart.total).toBe(1000)
    expect(chart.downsampled).toBe(true)
    expect(chart.samples.length).toBeLessThanOrEqual(100)
    expect(chart.samples.length).toBeGreaterThan(50)
    const seqs = chart.samples.map((s: { seq: number }) => s.seq)
    expect(seqs).toContain(batch[517]!.seq)
    expect(seqs).toContain(batch[802]!.seq)
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
    const whole = await stored(`?from=${from}&to=${batch[9]!.t}`)
    expect(whole).toMatchObject({ total: 10, downsampled: false })
  })

  it("answers 400 for a maxPoints that is not a whole number from 2", async () => {
    const answer = await call(
      server,
      "GET",
      `/api/procedures/${procedure.id}/telemetry?maxPoints=1`,
      clinician
    )
    expect(answer.status).toBe(400)
  })
})

describe("concurrent telemetry batches (SQLite group commit)", () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startSqliteServer(tempDataDir())
  })
  afterAll(() => server.close())

  it("stores every accepted batch of a burst and nothing of the one refused among them", async () => {
    const clinician = await login(server, "clinician-waw")
    const procedures = []
    for (let i = 0; i < 12; i++)
      procedures.push(await openProcedure(server, clinician, await eligiblePatient(server, clinician)))
    const answers = await Promise.all(
      procedures.map((p, i) => {
        const samples = range(0, 50)
        if (i === 5) samples[30] = sample(10, 36, 3) // sequence number goes back inside the batch
        return call(server, "POST", `/api/procedures/${p.id}/telemetry`, p.deviceToken, { samples })
      })
    )
    expect(answers.map((a) => a.status)).toEqual(procedures.map((_, i) => (i === 5 ? 409 : 200)))
    expect(answers[5]!.body.error).toBe("TelemetryOutOfOrder")
    for (const [i, p] of procedures.entries()) {
      const state = await call(server, "GET", `/api/procedures/${p.id}`, clinician)
      expect(state.body.samples, p.id).toBe(i === 5 ? 0 : 50)
      const series = await call(server, "GET", `/api/procedures/${p.id}/telemetry`, clinician)
      expect(series.body.total).toBe(i === 5 ? 0 : 50)
    }
  })
})
