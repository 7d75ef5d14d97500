import { afterAll, describe, expect, it } from "vitest"
import { runProcedure } from "../../src/procedure/Runner.js"
import { apiTransport } from "../../src/procedure/Transport.js"
import { stepsOf } from "../procedure/support.js"
import { type ApiProcess, freePort, freshDataDir, signIn, startApi } from "../support/api.js"
import { clientOf, clinicianOf, expectWholeTelemetry, waitingList } from "./support.js"

let api: ApiProcess | undefined
afterAll(async () => {
  await api?.stop()
})

describe("an API killed (SIGKILL) and restarted mid-procedure", () => {
  it("loses and duplicates no sample: the simulator keeps what it recorded and resends it", async () => {
    const dataDir = freshDataDir()
    const port = await freePort()
    api = await startApi({ dataDir, port, demo: true })
    const patient = waitingList[0]!
    const token = await signIn(api.url, clinicianOf(patient))
    const client = clientOf(api.url, token)
    const side = patient.treatedSide
    const lesionsPerSide = side === "bilateral" ? 6 : 7
    const created = await client.createLiveProcedure({
      params: { id: patient.id },
      body: {
        side,
        lesionsPerSide,
        deviceSerial: "SIM-A13-KILL",
        operator: "device-sim test",
        date: "2026-12-01"
      }
    })
    const simulation = { side, lesionsPerSide, seed: 9 }
    let killed: Promise<void> | null = null
    const run = runProcedure({
      simulation,
      transport: apiTransport(clientOf(api.url, created.deviceToken), created.procedure.id),
      speed: 200,
      onStep: (step) => {
        if (killed === null && step.where.lesion === 2 && step.where.activity === "freezing") {
          killed = api!.stop("SIGKILL").then(async () => {
            api = await startApi({ dataDir, port, demo: true })
          })
        }
      }
    })
    const result = await run
    await killed
    expect(killed).not.toBeNull()
    expect(result.stats.retries).toBeGreaterThan(0)
    const state = await client.getLiveProcedure({ params: { id: created.procedure.id } })
    expect(state.phase).toBe("Completed")
    expect(state.lesions).toHaveLength(side === "bilateral" ? 12 : 7)
    const expected = stepsOf(simulation).filter((s) => s.kind === "tick" && s.sample !== null).length
    await expectWholeTelemetry(client, created.procedure.id, expected)
  }, 180_000)
})
