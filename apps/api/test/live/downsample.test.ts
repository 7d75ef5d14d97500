import { describe, expect, it } from "vitest"
import { downsample } from "../../src/LiveProcedures/Downsample.js"

// A seeded series: a cooling curve with noise, spikes placed at random.
const series = (n: number, seed: number) => {
  let x = seed
  const random = () => {
    x = (x * 1103515245 + 12345) % 2147483648
    return x / 2147483648
  }
  return Array.from({ length: n }, (_, seq) => ({
    t: seq / 10,
    tipTemperatureC: 36 - 110 * (1 - Math.exp(-seq / 200)) + (random() - 0.5) * (random() < 0.01 ? 60 : 2),
    pressureBar: 55,
    seq
  }))
}

describe("downsample", () => {
  it("returns a series that fits unchanged", () => {
    const s = series(50, 1)
    expect(downsample(s, 50)).toBe(s)
  })

  it("keeps at most maxPoints, in time order, with the coldest and warmest sample of every bucket", () => {
    for (const [n, max, seed] of [
      [1000, 100, 1],
      [1001, 7, 2],
      [5000, 2, 3],
      [333, 200, 4]
    ] as const) {
      const s = series(n, seed)
      const kept = downsample(s, max)
      expect(kept.length).toBeLessThanOrEqual(max)
      expect(kept.map((k) => k.seq)).toEqual([...kept.map((k) => k.seq)].sort((a, b) => a - b))
      const buckets = Math.floor(max / 2)
      for (let b = 0; b < buckets; b++) {
        const bucket = s.slice(Math.floor((b * n) / buckets), Math.floor(((b + 1) * n) / buckets))
        const temps = bucket.map((x) => x.tipTemperatureC)
        const inBucket = kept.filter((k) => bucket.includes(k))
        expect(inBucket.map((k) => k.tipTemperatureC)).toContain(Math.min(...temps))
        expect(inBucket.map((k) => k.tipTemperatureC)).toContain(Math.max(...temps))
      }
      const all = s.map((x) => x.tipTemperatureC)
      expect(Math.min(...kept.map((k) => k.tipTemperatureC))).toBe(Math.min(...all))
      expect(Math.max(...kept.map((k) => k.tipTemperatureC))).toBe(Math.max(...all))
    }
  })
})
