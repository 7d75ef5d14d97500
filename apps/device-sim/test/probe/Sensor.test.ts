import { describe, expect, it } from "vitest"
import { seededRandom } from "../../src/probe/Random.js"
import { readPressureBar, readTemperatureC } from "../../src/probe/Sensor.js"

describe("sensor readings", () => {
  it("never prints a tip temperature below the physical floor, even with noise at the floor", () => {
    const random = seededRandom(7)
    for (const floor of [-78.46, -66.9, -66.96]) {
      const readings = Array.from({ length: 5000 }, () => readTemperatureC(floor, floor, 0.3, random))
      expect(Math.min(...readings)).toBeGreaterThanOrEqual(floor)
      expect(Math.max(...readings)).toBeGreaterThan(floor + 0.5)
    }
  })

  it("prints to 0.1 °C and 0.1 bar with noise of the stated size around the true value", () => {
    const random = seededRandom(8)
    const readings = Array.from({ length: 4000 }, () => readTemperatureC(20, -78.46, 0.3, random))
    for (const r of readings.slice(0, 50)) expect(Math.round(r * 10) / 10).toBe(r)
    const mean = readings.reduce((a, b) => a + b, 0) / readings.length
    const sd = Math.sqrt(readings.reduce((a, b) => a + (b - mean) ** 2, 0) / (readings.length - 1))
    expect(mean).toBeCloseTo(20, 1)
    expect(sd).toBeGreaterThan(0.25)
    expect(sd).toBeLessThan(0.35)
  })

  it("reads 0 bar with the valve closed and never a negative pressure", () => {
    const random = seededRandom(9)
    expect(readPressureBar(57, false, 0.2, random)).toBe(0)
    for (let i = 0; i < 1000; i++) expect(readPressureBar(0.05, true, 0.2, random)).toBeGreaterThanOrEqual(0)
  })
})
