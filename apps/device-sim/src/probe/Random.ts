/** A seeded source of uniform numbers in [0, 1). */
export type Random = () => number

/** A small seeded PRNG (mulberry32), so a simulated run can be replayed. */
export const seededRandom = (seed: number): Random => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A standard normal draw (Box-Muller). */
export const gaussian = (random: Random): number => {
  const u = 1 - random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

/** A uniform draw in [min, max). */
export const uniform = (random: Random, min: number, max: number): number => min + (max - min) * random()

/** An independent stream for one concern (sensor noise, anatomy), so one does not shift the other. */
export const substream = (seed: number, salt: number): Random =>
  seededRandom((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b)) >>> 0)
