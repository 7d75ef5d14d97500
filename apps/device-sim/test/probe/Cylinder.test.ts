import { describe, expect, it } from "vitest"
import { sublimationTemperatureC, vapourPressureBar } from "../../src/probe/Co2.js"
import { type Cylinder, dewMassKg, draw, hasLiquid, pressureBar } from "../../src/probe/Cylinder.js"

const full: Cylinder = { volumeLitres: 2, massKg: 1.2, temperatureC: 20 }

describe("CO2 cylinder", () => {
  it("holds the vapour pressure of liquid CO2 (NIST: 57.3 bar at 20 °C, 45.0 bar at 10 °C, 64.3 bar at 25 °C)", () => {
    expect(vapourPressureBar(20)).toBeCloseTo(57.3, 0)
    expect(Math.abs(vapourPressureBar(10) - 45.0)).toBeLessThan(0.8)
    expect(Math.abs(vapourPressureBar(25) - 64.3)).toBeLessThan(0.8)
    expect(pressureBar(full)).toBeCloseTo(vapourPressureBar(20), 6)
  })

  it("keeps that pressure while liquid is left, then the pressure falls as the vapour empties", () => {
    const pressures: Array<number> = []
    let c = full
    while (c.massKg > 0.01) {
      pressures.push(pressureBar(c))
      c = draw(c, 0.01)
    }
    const liquidPhase = pressures.slice(0, Math.floor((full.massKg - dewMassKg(full)) / 0.01))
    for (const p of liquidPhase) expect(p).toBeCloseTo(57.29, 1)
    for (let i = 1; i < pressures.length; i++)
      expect(pressures[i]!).toBeLessThanOrEqual(pressures[i - 1]! + 1e-9)
    expect(pressures.at(-1)!).toBeLessThan(pressures[0]! / 8)
  })

  it("is continuous where the last liquid boils off (saturated vapour, 194 kg/m³ at 20 °C)", () => {
    const dew = dewMassKg(full)
    expect(dew).toBeCloseTo(0.388, 3)
    const justLiquid = { ...full, massKg: dew + 1e-6 }
    const justVapour = { ...full, massKg: dew - 1e-6 }
    expect(hasLiquid(justLiquid)).toBe(true)
    expect(hasLiquid(justVapour)).toBe(false)
    expect(Math.abs(pressureBar(justLiquid) - pressureBar(justVapour))).toBeLessThan(0.01)
  })

  it("tends to the ideal gas law when nearly empty (10 g in 2 L at 20 °C: ρRT = 2.77 bar)", () => {
    expect(pressureBar({ ...full, massKg: 0.01 })).toBeGreaterThan(2.6)
    expect(pressureBar({ ...full, massKg: 0.01 })).toBeLessThan(2.77)
  })

  it("puts the sublimation point at −78.5 °C at 1 atm and the triple point near 5.18 bar, −56.6 °C", () => {
    expect(sublimationTemperatureC(1.01325)).toBeCloseTo(-78.5, 1)
    expect(Math.abs(sublimationTemperatureC(5.185) + 56.6)).toBeLessThan(0.5)
  })
})
