import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { stepIceBall } from "../../src/probe/IceBall.js"
import { co2Probe } from "../../src/probe/Parameters.js"
import { clearPath, initialProbe, type ProbeState, stepProbe } from "../../src/probe/Probe.js"
import { lowGasFillKg } from "../../src/procedure/Faults.js"

const p = co2Probe
const dt = 0.1

const freeze = (seconds: number, fillKg = p.cylinderFillKg, path = clearPath(p)) => {
  const radii: Array<number> = []
  let s: ProbeState = { ...initialProbe(p, fillKg), valveOpen: true }
  for (let k = 0; k < seconds / dt; k++) {
    s = stepProbe(p, s, path, dt)
    radii.push(s.iceBallRadiusMm)
  }
  return { radii, state: s }
}

describe("ice ball", () => {
  it("grows monotonically over a 120 s freeze, quickly at first and then more slowly", () => {
    const { radii } = freeze(120)
    for (let i = 1; i < radii.length; i++) expect(radii[i]!).toBeGreaterThanOrEqual(radii[i - 1]!)
    const growth = (from: number, to: number) => radii[to / dt - 1]! - radii[from / dt - 1]!
    expect(growth(20, 40)).toBeGreaterThan(growth(60, 80))
    expect(growth(60, 80)).toBeGreaterThan(growth(100, 120))
    expect(radii.at(-1)!).toBeGreaterThan(0.8 * p.iceBallMaxRadiusMm)
  })

  it("never grows past its bound, however long the freeze and whatever the gas", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (seconds, fillKg, flowFactor) => {
          const { radii } = freeze(seconds, fillKg, { flowFactor, exhaustBar: 1.01325 })
          return radii.every((r, i) => r <= p.iceBallMaxRadiusMm && (i === 0 || r >= radii[i - 1]!))
        }
      ),
      { numRuns: 40 }
    )
  })

  it("stays smaller when the tip is warmer (low gas)", () => {
    expect(freeze(120, lowGasFillKg(p)).radii.at(-1)!).toBeLessThan(0.5 * freeze(120).radii.at(-1)!)
  })

  it("melts during the passive thaw: under 5 % of its radius two minutes after the tip warmed past freezing", () => {
    let r = freeze(120).radii.at(-1)!
    const start = r
    for (let t = 0; t < 120; t += dt) r = stepIceBall(p, r, 10, false, dt)
    expect(r).toBeLessThan(0.05 * start)
    expect(stepIceBall(p, 2, -78, false, dt)).toBe(2)
  })
})
