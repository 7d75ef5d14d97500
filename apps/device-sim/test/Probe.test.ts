import { describe, expect, it } from "vitest"
import { co2Probe, freezeThawCycle, seededRandom } from "../src/Probe.js"

const cycle = (seed: number) =>
  Array.from(
    freezeThawCycle({
      model: co2Probe,
      freezeSeconds: 120,
      thawEndC: 0,
      stepSeconds: 1,
      t0: 0,
      seq0: 0,
      random: seededRandom(seed)
    })
  )

describe("freezeThawCycle", () => {
  it("reaches about −78 °C within 30 s and holds it to the end of the 120 s freeze", () => {
    const samples = cycle(1)
    const at30 = samples.find((s) => s.t === 30)!
    expect(at30.tipTemperatureC).toBeLessThan(-75)
    const freezing = samples.filter((s) => s.t >= 30 && s.t <= 120)
    for (const s of freezing) expect(Math.abs(s.tipTemperatureC + 78)).toBeLessThan(4)
  })

  it("thaws passively (no gas pressure) until the tip is above 0 °C", () => {
    const samples = cycle(2)
    const thaw = samples.filter((s) => s.t > 120)
    expect(thaw.length).toBeGreaterThan(10)
    for (const s of thaw) expect(s.pressureBar).toBe(0)
    expect(samples.at(-1)!.tipTemperatureC).toBeGreaterThan(-2)
  })

  it("numbers samples consecutively and is reproducible for a seed", () => {
    const samples = cycle(3)
    samples.forEach((s, i) => {
      expect(s.seq).toBe(i)
    })
    expect(cycle(3)).toEqual(samples)
    expect(cycle(4)).not.toEqual(samples)
  })
})
