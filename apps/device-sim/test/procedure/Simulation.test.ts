import { FreezeProtocol, Protocol } from "@cryoreg/domain"
import { Either } from "effect"
import { describe, expect, it } from "vitest"
import { domainEvents, replay, replayOk, stepsOf } from "./support.js"

const clean = stepsOf({ side: "right", lesionsPerSide: 7, seed: 1 })

describe("a simulated clean 7-lesion side", () => {
  const state = replayOk(domainEvents(clean))

  it("ends Completed with 7 lesions along L5–S3 and no deviation from the protocol", () => {
    expect(state._tag).toBe("Completed")
    expect(state.lesions.map((l) => l.level)).toEqual(["L5", "S1", "S1", "S2", "S2", "S3", "S3"])
    const summary = FreezeProtocol.summarize({ side: "right", lesions: state.lesions }, Protocol.study)
    expect(summary.deviations).toEqual([])
    expect(summary.lesionsPerSide.right).toBe(7)
  })

  it("has every cycle within protocol: 120 s at about −78 °C, thawed past 0 °C, no sensor gap", () => {
    for (const lesion of state.lesions) {
      expect(lesion.freezeCycles).toHaveLength(1)
      for (const cycle of lesion.freezeCycles) {
        const evaluation = FreezeProtocol.evaluateCycle(cycle.samples, Protocol.study, cycle)
        expect(evaluation.deviations).toEqual([])
        expect(evaluation.freezeSeconds).toBeCloseTo(120, 6)
        expect(evaluation.timeToTargetSeconds!).toBeLessThan(15)
        expect(evaluation.coldestTemperatureC!).toBeGreaterThanOrEqual(-78.5)
        expect(evaluation.coldestTemperatureC!).toBeLessThan(-75)
        expect(evaluation.thawEndSeconds).not.toBeNull()
      }
    }
  })

  it("samples at 10 Hz with consecutive sequence numbers, and lasts 15–40 minutes on the device clock", () => {
    const samples = clean.flatMap((s) => (s.kind === "tick" && s.sample !== null ? [s.sample] : []))
    samples.forEach((s, i) => {
      expect(s.seq).toBe(i)
    })
    expect(samples[1]!.t - samples[0]!.t).toBeCloseTo(0.1, 9)
    const minutes = samples.at(-1)!.t / 60
    expect(minutes).toBeGreaterThan(15)
    expect(minutes).toBeLessThan(40)
  })

  it("clears every freeze with a 2 Hz test up to 2 V, repositioning after any motor response", () => {
    const events = clean.flatMap((s) => (s.kind === "event" ? [s.event] : []))
    events.forEach((e, i) => {
      if (e._tag !== "FreezeStarted") return
      const test = events.slice(0, i).findLast((x) => x._tag === "StimulationTested")
      expect(test).toBeDefined()
      if (test?._tag === "StimulationTested")
        expect(FreezeProtocol.isNegativeStimulation(test, Protocol.study)).toBe(true)
    })
    events.forEach((e, i) => {
      if (e._tag === "StimulationTested" && e.motorResponseAtVoltage !== null)
        expect(events[i + 1]?._tag).toBe("ProbePositioned")
    })
  })
})

describe("simulateProcedure", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const again = stepsOf({ side: "right", lesionsPerSide: 7, seed: 1 })
    expect(again).toEqual(clean)
    const other = stepsOf({ side: "right", lesionsPerSide: 7, seed: 2 })
    expect(other).not.toEqual(clean)
  })

  it("runs the protocol's maximum of cycles when asked, and bilateral procedures on both sides", () => {
    const state = replayOk(
      domainEvents(stepsOf({ side: "bilateral", lesionsPerSide: 6, cycles: 3, seed: 4 }))
    )
    expect(state.lesions).toHaveLength(12)
    expect(new Set(state.lesions.map((l) => l.side))).toEqual(new Set(["left", "right"]))
    for (const lesion of state.lesions) expect(lesion.freezeCycles).toHaveLength(3)
    expect(
      FreezeProtocol.summarize({ side: "bilateral", lesions: state.lesions }, Protocol.study).deviations
    ).toEqual([])
  })

  it("on a small cylinder, runs out of liquid CO2 in a long procedure: pressure falls, late cycles miss the target", () => {
    const small = { cylinderVolumeLitres: 2, cylinderFillKg: 1.2 }
    const steps = stepsOf({ side: "bilateral", lesionsPerSide: 6, cycles: 3, seed: 4, parameters: small })
    const state = replayOk(domainEvents(steps))
    const summary = FreezeProtocol.summarize({ side: "bilateral", lesions: state.lesions }, Protocol.study)
    const missed = summary.deviations.filter((d) => d.kind === "target-not-reached").map((d) => d.lesion!)
    expect(missed.length).toBeGreaterThan(0)
    expect(Math.min(...missed)).toBeGreaterThan(6)
    const firstPressure = state.lesions[0]!.freezeCycles[0]!.samples.findLast(
      (s) => s.pressureBar > 0
    )!.pressureBar
    const lastPressure = state.lesions
      .at(-1)!
      .freezeCycles.at(-1)!
      .samples.findLast((s) => s.pressureBar > 0)!.pressureBar
    expect(firstPressure).toBeGreaterThan(55)
    expect(lastPressure).toBeLessThan(45)
  })

  it("samples at the configured rate", () => {
    const steps = stepsOf({ side: "left", lesionsPerSide: 6, seed: 5, parameters: { sampleRateHz: 4 } })
    const samples = steps.flatMap((s) => (s.kind === "tick" && s.sample !== null ? [s.sample] : []))
    expect(samples[1]!.t - samples[0]!.t).toBeCloseTo(0.25, 9)
    expect(Either.isRight(replay(domainEvents(steps)))).toBe(true)
  })
})
