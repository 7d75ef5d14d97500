import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { co2Probe } from "../../src/probe/Parameters.js"
import { clearPath, initialProbe, type ProbeState, stepProbe } from "../../src/probe/Probe.js"
import { floorC } from "../../src/probe/Tip.js"
import { lowGasFillKg } from "../../src/procedure/Faults.js"

const p = co2Probe
const dt = 1 / p.sampleRateHz

/** Runs the physics for `seconds` with the valve open or closed, returning every state. */
const run = (from: ProbeState, seconds: number, valveOpen: boolean, path = clearPath(p)) => {
  const states: Array<ProbeState> = []
  let s: ProbeState = { ...from, valveOpen }
  for (let k = 0; k < Math.round(seconds / dt); k++) {
    s = stepProbe(p, s, path, dt)
    states.push(s)
  }
  return states
}

describe("tip temperature (Joule-Thomson cooling, passive rewarming)", () => {
  it("reaches −78 ± 3 °C within 15 s at full cylinder pressure and holds it to the end of a 120 s freeze", () => {
    const freeze = run(initialProbe(p), 120, true)
    const firstAtTarget = freeze.findIndex((s) => Math.abs(s.tipC + 78) <= 3)
    expect(firstAtTarget).toBeGreaterThan(0)
    expect(firstAtTarget * dt).toBeLessThanOrEqual(15)
    for (const s of freeze.slice(Math.ceil(15 / dt))) expect(Math.abs(s.tipC + 78)).toBeLessThanOrEqual(3)
  })

  it("does not reach the target from a nearly empty cylinder (vapour only, below 40 bar)", () => {
    const freeze = run(initialProbe(p, lowGasFillKg(p)), 120, true)
    const coldest = Math.min(...freeze.map((s) => s.tipC))
    expect(coldest).toBeGreaterThan(-73)
    expect(coldest).toBeLessThan(p.bodyTemperatureC)
  })

  it("rewarms past 0 °C within a minute of passive thaw, toward body temperature and never above it", () => {
    const frozen = run(initialProbe(p), 120, true).at(-1)!
    const thaw = run(frozen, 60, false)
    expect(thaw.some((s) => s.tipC > 0)).toBe(true)
    for (let i = 1; i < thaw.length; i++) expect(thaw[i]!.tipC).toBeGreaterThanOrEqual(thaw[i - 1]!.tipC)
    expect(thaw.at(-1)!.tipC).toBeLessThan(p.bodyTemperatureC)
  })

  it("is never colder than CO2's sublimation point at 1 atm (−78.5 °C), whatever the pressure and flow", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 400 }),
        (fillKg, flowFactor, seconds) => {
          const states = run(initialProbe(p, fillKg), seconds, true, { flowFactor, exhaustBar: 1.01325 })
          return states.every((s) => s.tipC >= -78.5)
        }
      ),
      { numRuns: 60 }
    )
  })

  it("an occluded probe (exhaust at 2.5 bar) stops at CO2's sublimation point there, about −68 °C", () => {
    // Solid CO2's vapour pressure is 2.0 bar at −72 °C and 3.0 bar at −64 °C (CRC Handbook): 2.5 bar lies between.
    const occluded = { flowFactor: 0.7, exhaustBar: 2.5 }
    const end = run(initialProbe(p), 120, true, occluded).at(-1)!
    expect(end.tipC).toBeGreaterThan(-72)
    expect(end.tipC).toBeLessThan(-64)
    expect(end.tipC).toBeCloseTo(floorC(2.5), 1)
  })
})
