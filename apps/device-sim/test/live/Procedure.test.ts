import type { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { FaultName } from "../../src/procedure/Faults.js"
import { runProcedure } from "../../src/procedure/Runner.js"
import { apiTransport } from "../../src/procedure/Transport.js"
import { stepsOf } from "../procedure/support.js"
import { type ApiProcess, freePort, freshDataDir, signIn, startApi } from "../support/api.js"
import { cli, clientOf, clinicianOf, expectWholeTelemetry, waitingList } from "./support.js"

let api: ApiProcess
const tokens = new Map<string, string>()
const tokenFor = async (username: string) => {
  if (!tokens.has(username)) tokens.set(username, await signIn(api.url, username))
  return tokens.get(username)!
}

beforeAll(async () => {
  api = await startApi({ dataDir: freshDataDir(), port: await freePort(), demo: true })
}, 120_000)
afterAll(async () => {
  await api?.stop()
})

const samplesOf = (options: Parameters<typeof stepsOf>[0]) =>
  stepsOf(options).filter((s) => s.kind === "tick" && s.sample !== null).length

/** Runs a live procedure through the library (the CLI is tested below) and reads it back. */
const live = async (patient: Model.Patient, faults: ReadonlyArray<FaultName>, seed: number) => {
  const client = clientOf(api.url, await tokenFor(clinicianOf(patient)))
  const side = patient.treatedSide
  const lesionsPerSide = side === "bilateral" ? 6 : 7
  const created = await client.createLiveProcedure({
    params: { id: patient.id },
    body: {
      side,
      lesionsPerSide,
      deviceSerial: "SIM-A13-TEST",
      operator: "device-sim test",
      date: "2026-12-01"
    }
  })
  const device = clientOf(api.url, created.deviceToken)
  const simulation = { side, lesionsPerSide, seed, faults }
  await runProcedure({ simulation, transport: apiTransport(device, created.procedure.id), speed: 5000 })
  const state = await client.getLiveProcedure({ params: { id: created.procedure.id } })
  await expectWholeTelemetry(client, created.procedure.id, samplesOf(simulation))
  return { state, kinds: state.deviations.map((d) => d.kind) }
}

describe("the simulator against a real API on 127.0.0.1 (fresh SQLite file)", () => {
  it("device-sim procedure: a clean side is stored with its lesions, every cycle evaluated within protocol", async () => {
    const patient = waitingList[0]!
    const token = await tokenFor(clinicianOf(patient))
    const side = patient.treatedSide
    const out = await cli([
      "procedure",
      "--api",
      api.url,
      "--token",
      token,
      "--patient",
      patient.id,
      "--side",
      side,
      "--lesions",
      side === "bilateral" ? "6" : "7",
      "--speed",
      "max",
      "--json",
      "--seed",
      "3"
    ])
    expect(out.stderr).toBe("")
    expect(out.code).toBe(0)
    const lines = out.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    const done = lines.at(-1)
    expect(done.type).toBe("done")
    expect(done.phase).toBe("Completed")
    expect(done.deviations).toEqual([])
    const client = clientOf(api.url, token)
    const state = await client.getLiveProcedure({ params: { id: done.procedureId } })
    expect(state.procedure.mode).toBe("completed")
    expect(state.lesions).toHaveLength(side === "bilateral" ? 12 : 7)
    for (const lesion of state.lesions) {
      expect(lesion.cycles.length).toBeGreaterThanOrEqual(1)
      for (const cycle of lesion.cycles) expect(cycle.evaluation.deviations).toEqual([])
    }
    expect(lines.filter((l) => l.type === "event")).toHaveLength(done.stats.eventsSent)
    await expectWholeTelemetry(client, done.procedureId, done.stats.samplesSent)
  }, 120_000)

  it("low gas, occluded probe, sensor dropout (via the CLI): each leaves the deviation the domain names", async () => {
    const lowGas = await live(waitingList[1]!, ["low-gas"], 4)
    expect(new Set(lowGas.kinds)).toEqual(new Set(["target-not-reached"]))
    const occluded = await live(waitingList[2]!, ["occluded"], 5)
    expect(new Set(occluded.kinds)).toEqual(new Set(["target-not-reached"]))
    const patient = waitingList[3]!
    const token = await tokenFor(clinicianOf(patient))
    const lesions = patient.treatedSide === "bilateral" ? "6" : "7"
    const args = ["--patient", patient.id, "--side", patient.treatedSide, "--lesions", lesions]
    const out = await cli([
      "procedure",
      "--api",
      api.url,
      "--token",
      token,
      ...args,
      "--speed",
      "max",
      "--fault",
      "sensor-dropout",
      "--json"
    ])
    expect(out.code).toBe(0)
    const lines = out.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(lines.filter((l) => l.type === "deviation").map((l) => l.deviation.kind)).toEqual(["sensor-gap"])
    expect(lines.at(-1).deviations.map((d: { kind: string }) => d.kind)).toEqual(["sensor-gap"])
  }, 120_000)

  it("motor response at 1.2 V and network loss: repositioned and resent, nothing missing, no deviation", async () => {
    const motor = await live(waitingList[4]!, ["motor-response"], 7)
    expect(motor.kinds).toEqual([])
    expect(motor.state.lesions[0]!.stimulation.motorResponseAtVoltage).toBeNull()
    const network = await live(waitingList[5]!, ["network-loss"], 8)
    expect(network.kinds).toEqual([])
    expect(network.state.phase).toBe("Completed")
  }, 120_000)

  it("a wrong token and an unknown patient: one line each and exit 1", async () => {
    const patient = waitingList[0]!
    const token = await tokenFor(clinicianOf(patient))
    const [wrongToken, unknown] = await Promise.all([
      cli(["procedure", "--api", api.url, "--token", "not-a-token", "--patient", patient.id]),
      cli([
        "procedure",
        "--api",
        api.url,
        "--token",
        token,
        "--patient",
        `${patient.centerId.toUpperCase()}-9999`
      ])
    ])
    expect(wrongToken.code).toBe(1)
    expect(wrongToken.stderr.trim().split("\n")).toHaveLength(1)
    expect(wrongToken.stderr).toContain("refused the token (401")
    expect(unknown.code).toBe(1)
    expect(unknown.stderr.trim().split("\n")).toHaveLength(1)
    expect(unknown.stderr).toContain(`no patient "${patient.centerId.toUpperCase()}-9999"`)
  }, 120_000)
})
