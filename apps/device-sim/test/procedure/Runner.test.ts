import { ApiError } from "@cryoreg/contract"
import { FreezeProtocol, Protocol } from "@cryoreg/domain"
import { describe, expect, it } from "vitest"
import { runProcedure } from "../../src/procedure/Runner.js"
import { FakeApi } from "./FakeApi.js"
import { stepsOf } from "./support.js"

const quick = { initialMs: 5, maxMs: 40, factor: 2, giveUpAfterMs: 10_000 }
const simulation = { side: "right" as const, lesionsPerSide: 7, seed: 11 }
const expectedSamples = (faults: ReadonlyArray<"network-loss">) =>
  stepsOf({ ...simulation, faults }).flatMap((s) =>
    s.kind === "tick" && s.sample !== null ? [s.sample] : []
  )

/** The stored telemetry, by sequence number: every sample once, none missing. */
const storedInOrder = (api: FakeApi) =>
  [...api.samples.keys()].sort((a, b) => a - b).map((k) => api.samples.get(k)!)

describe("runProcedure against an in-process API", () => {
  it("stores a clean side whole: Completed, every sample once, every event once, no deviation", async () => {
    const api = new FakeApi()
    const result = await runProcedure({
      simulation,
      transport: api,
      speed: Number.POSITIVE_INFINITY,
      backoff: quick
    })
    expect(api.state._tag).toBe("Completed")
    expect(storedInOrder(api)).toEqual(expectedSamples([]))
    expect(result.stats.samplesStored).toBe(api.samples.size)
    expect(result.stats.eventsStored).toBe(api.events.length)
    expect(result.stats.retries).toBe(0)
    expect(
      FreezeProtocol.summarize({ side: "right", lesions: api.state.lesions }, Protocol.study).deviations
    ).toEqual([])
  })

  it("network loss: keeps the samples while the API is unreachable and resends them, no gap and no duplicate", async () => {
    const api = new FakeApi()
    const result = await runProcedure({
      simulation: { ...simulation, faults: ["network-loss"] },
      transport: api,
      speed: 3000,
      backoff: quick
    })
    expect(result.stats.retries).toBeGreaterThan(0)
    expect(api.state._tag).toBe("Completed")
    expect(storedInOrder(api)).toEqual(expectedSamples(["network-loss"]))
  })

  it("answers lost after storing (an API restarting mid-request): the resent batches store nothing twice", async () => {
    const api = new FakeApi()
    api.loseAnswerOf = (n) => n % 5 === 0
    const result = await runProcedure({
      simulation,
      transport: api,
      speed: Number.POSITIVE_INFINITY,
      backoff: quick
    })
    expect(result.stats.retries).toBeGreaterThan(3)
    expect(result.stats.samplesSent).toBeGreaterThan(result.stats.samplesStored)
    expect(api.state._tag).toBe("Completed")
    expect(storedInOrder(api)).toEqual(expectedSamples([]))
    expect(api.events.filter((e) => e._tag === "LesionCompleted")).toHaveLength(7)
  })

  it("stops at a step the API refuses, with the domain's error tag (409)", async () => {
    const stricter = Protocol.Protocol.make({
      ...Protocol.study,
      cryo: { ...Protocol.study.cryo, stimulation: { frequencyHz: 2, maxVoltage: 3 } }
    })
    const api = new FakeApi(stricter)
    const run = runProcedure({ simulation, transport: api, speed: Number.POSITIVE_INFINITY, backoff: quick })
    await expect(run).rejects.toMatchObject({ status: 409, error: "FreezeWithoutNegativeStimulation" })
    expect(api.events.some((e) => e._tag === "FreezeStarted")).toBe(false)
  })

  it("gives up at once on a refused token, without retrying", async () => {
    const api = new FakeApi()
    api.status = 401
    const retries: Array<number> = []
    const run = runProcedure({
      simulation,
      transport: api,
      speed: Number.POSITIVE_INFINITY,
      backoff: quick,
      onRetry: (_e, n) => retries.push(n)
    })
    await expect(run).rejects.toBeInstanceOf(ApiError)
    expect(retries).toEqual([])
    expect(api.requests).toBe(1)
  })
})
