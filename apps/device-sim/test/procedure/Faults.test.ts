import { FreezeProtocol, Protocol } from "@cryoreg/domain"
import { Either } from "effect"
import { describe, expect, it } from "vitest"
import type { FaultName } from "../../src/procedure/Faults.js"
import { domainEvents, replay, replayOk, stepsOf } from "./support.js"

const run = (fault: FaultName) => {
  const steps = stepsOf({ side: "right", lesionsPerSide: 7, seed: 3, faults: [fault] })
  const state = replayOk(domainEvents(steps))
  const summary = FreezeProtocol.summarize({ side: "right", lesions: state.lesions }, Protocol.study)
  return { steps, state, kinds: summary.deviations.map((d) => `${d.kind}@${d.lesion}`) }
}

describe("faults on demand", () => {
  it("low gas: the cylinder cannot drive the tip to the target, every cycle deviates with target-not-reached", () => {
    const { state, kinds } = run("low-gas")
    expect(state._tag).toBe("Completed")
    expect(kinds).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `target-not-reached@${i}`))
    const pressures = state.lesions.flatMap((l) =>
      l.freezeCycles.flatMap((c) => c.samples.map((s) => s.pressureBar))
    )
    expect(Math.max(...pressures)).toBeLessThan(42)
  })

  it("occluded probe: the tip stops near −67 °C, the sublimation point at the raised exhaust pressure", () => {
    const { state, kinds } = run("occluded")
    expect(kinds.every((k) => k.startsWith("target-not-reached@"))).toBe(true)
    expect(kinds).toHaveLength(7)
    for (const l of state.lesions) expect(l.freezeCycles[0]!.reachedTemperatureC!).toBeGreaterThan(-70)
  })

  it("sensor dropout: a gap in the telemetry of lesion 2's freeze, named sensor-gap", () => {
    const { kinds } = run("sensor-dropout")
    expect(kinds).toEqual(["sensor-gap@1"])
  })

  it("motor response at 1.2 V: the domain refuses a freeze there; the simulator repositions and retests", () => {
    const { steps, kinds } = run("motor-response")
    expect(kinds).toEqual([])
    const events = domainEvents(steps)
    const positive = events.findIndex((e) => e._tag === "StimulationTested")
    const test = events[positive]
    expect(test?._tag === "StimulationTested" && test.motorResponseAtVoltage).toBe(1.2)
    expect(events.slice(positive + 1).find((e) => e._tag !== "Telemetry")?._tag).toBe("ProbePositioned")
    const freezeAnyway = replay([...events.slice(0, positive + 1), { _tag: "FreezeStarted", t: 10_000 }])
    expect(Either.isLeft(freezeAnyway) && freezeAnyway.left._tag).toBe("FreezeWithoutNegativeStimulation")
  })
})
