/** A seeded pseudo-random generator (xoshiro128**), so a cohort is reproducible from its seed. */
export interface Random {
  /** Uniform in [0, 1). */
  readonly next: () => number
  /** Uniform integer in [0, n). */
  readonly int: (n: number) => number
  /** Standard normal (Box-Muller). */
  readonly normal: () => number
}

const splitmix32 = (seed: number) => {
  let s = seed >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

/** xoshiro128** seeded through splitmix32; never `Math.random`. */
export const make = (seed: number): Random => {
  const mix = splitmix32(seed)
  let a = mix()
  let b = mix()
  let c = mix()
  let d = mix()
  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0
    const t = b << 9
    c ^= a
    d ^= b
    b ^= c
    a ^= d
    c ^= t
    d = rotl(d, 11)
    return result
  }
  const next = () => nextU32() / 4294967296
  let spare: number | null = null
  const normal = (): number => {
    if (spare !== null) {
      const s = spare
      spare = null
      return s
    }
    const u = 1 - next()
    const v = next()
    const r = Math.sqrt(-2 * Math.log(u))
    spare = r * Math.sin(2 * Math.PI * v)
    return r * Math.cos(2 * Math.PI * v)
  }
  return { next, int: (n) => Math.floor(next() * n), normal }
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0

/** Shuffles `xs` in place (Fisher-Yates) and returns it. */
export const shuffle = <A>(random: Random, xs: Array<A>): Array<A> => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = random.int(i + 1)
    const t = xs[i]!
    xs[i] = xs[j]!
    xs[j] = t
  }
  return xs
}
