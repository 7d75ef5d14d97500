import { Either } from "effect"
import { describe, expect, it } from "vitest"
import { resumePoint, type StoredProcedure } from "../../src/procedure/Resume.js"
import { runProcedure } from "../../src/procedure/Runner.js"
import { FakeApi } from "./FakeApi.js"
import { stepsOf } from "./support.js"

const simulation = { side: "left" as const, lesionsPerSide: 7, seed: 21 }
const steps = stepsOf(simulation)
const allSamples = steps.flatMap((s) => (s.kind === "tick" && s.sample !== null ? [s.sample] : []))
const allEvents = steps.flatMap((s) => (s.kind === "event" ? [s.event] : []))

/** What `GET /api/procedures/:id` would answer for what the fake API holds. */
const storedOf = (api: FakeApi): StoredProcedure => ({
  nextEventIndex: api.events.length,
  lastSeq: api.samples.size === 0 ? null : Math.max(...api.samples.keys()),
  phase: api.state._tag,
  lesions: api.state.lesions.map((l) => ({ side: l.side, level: l.level, cycles: l.freezeCycles }))
})

/** Runs until lesion `lesion` is freezing, then interrupts the run as SIGINT does. */
const interruptedAt = async (api: FakeApi, lesion: number) => {
  const stop = new AbortController()
  const result = await runProcedure({
    simulation,
    transport: api,
    speed: Number.POSITIVE_INFINITY,
    signal: stop.signal,
    onStep: (step) => {
      if (step.where.lesion === lesion && step.where.activity === "freezing") stop.abort("SIGINT")
    }
  })
  return result
}

describe("an interrupted run, resumed", () => {
  it("stops mid-freeze with everything it recorded stored, and a resumed run completes it: every event and sample once", async () => {
    const api = new FakeApi()
    const first = await interruptedAt(api, 3)
    expect(first.interrupted).toBe(true)
    expect(first.stats.queued).toBe(0)
    expect(api.state._tag).toBe("Freezing")
    expect(api.state.lesions).toHaveLength(2)
    const stored = storedOf(api)
    const point = resumePoint(simulation, stored)
    if (Either.isLeft(point)) throw new Error(point.left)
    expect(point.right.where?.lesion).toBe(3)
    expect(point.right.t).toBeGreaterThan(api.samples.get(stored.lastSeq!)!.t)
    const second = await runProcedure({
      simulation,
      transport: api,
      speed: Number.POSITIVE_INFINITY,
      resume: point.right
    })
    expect(second.interrupted).toBe(false)
    expect(api.state._tag).toBe("Completed")
    expect(api.events).toEqual(allEvents)
    expect([...api.samples.keys()].sort((a, b) => a - b)).toEqual(allSamples.map((s) => s.seq))
    expect(second.stats.samplesSent).toBe(allSamples.length - stored.lastSeq! - 1)
    expect(second.stats.eventsSent).toBe(allEvents.length - stored.nextEventIndex)
    expect(second.stats.samplesStored).toBe(second.stats.samplesSent)
  })

  it("refuses to resume with a run that did not record what is stored (another seed, rate or cycles)", async () => {
    const api = new FakeApi()
    await interruptedAt(api, 2)
    const stored = storedOf(api)
    for (const other of [
      { ...simulation, seed: 22 },
      { ...simulation, parameters: { sampleRateHz: 5 } },
      { ...simulation, cycles: 2 }
    ])
      expect(Either.isLeft(resumePoint(other, stored))).toBe(true)
    expect(Either.isRight(resumePoint(simulation, stored))).toBe(true)
  })

  it("a procedure stored whole: nothing left to send", async () => {
    const api = new FakeApi()
    await runProcedure({ simulation, transport: api, speed: Number.POSITIVE_INFINITY })
    const point = resumePoint(simulation, storedOf(api))
    if (Either.isLeft(point)) throw new Error(point.left)
    expect(point.right.where).toBeNull()
    const again = await runProcedure({
      simulation,
      transport: api,
      speed: Number.POSITIVE_INFINITY,
      resume: point.right
    })
    expect(again.stats.samplesSent + again.stats.eventsSent).toBe(0)
  })

  it("nothing stored yet: the run starts at the beginning", () => {
    const point = resumePoint(simulation, { nextEventIndex: 0, lastSeq: null, phase: "Idle", lesions: [] })
    if (Either.isLeft(point)) throw new Error(point.left)
    expect(point.right.t).toBe(0)
  })
})
