import * as fc from "fast-check"

// Values of clinical magnitude: tiny subnormal values only test underflow, not the statistics.
const value = fc
  .double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true })
  .map((x) => (Math.abs(x) < 1e-6 ? 0 : x))

/** A random permutation of 0 … n − 1. */
export const permutation = (n: number): fc.Arbitrary<Array<number>> =>
  fc.shuffledSubarray(
    Array.from({ length: n }, (_, i) => i),
    { minLength: n, maxLength: n }
  )

/** n × k subjects-by-conditions data (rows), with a permutation of the subjects. */
export const subjectsByConditions = (
  minSubjects: number,
  maxSubjects: number,
  minConditions: number,
  maxConditions: number
): fc.Arbitrary<{ rows: Array<Array<number>>; order: Array<number> }> =>
  fc
    .tuple(
      fc.integer({ min: minSubjects, max: maxSubjects }),
      fc.integer({ min: minConditions, max: maxConditions })
    )
    .chain(([n, k]) =>
      fc.record({
        rows: fc.array(fc.array(value, { minLength: k, maxLength: k }), { minLength: n, maxLength: n }),
        order: permutation(n)
      })
    )

/** Two samples of equal length (paired), with a permutation of the pairs. */
export const pairedSamples = (
  min: number,
  max: number
): fc.Arbitrary<{ a: Array<number>; b: Array<number>; order: Array<number> }> =>
  fc.integer({ min, max }).chain((n) =>
    fc.record({
      a: fc.array(value, { minLength: n, maxLength: n }),
      b: fc.array(value, { minLength: n, maxLength: n }),
      order: permutation(n)
    })
  )

/** Two independent samples of possibly different lengths. */
export const twoSamples = (min: number, max: number): fc.Arbitrary<[Array<number>, Array<number>]> =>
  fc.tuple(
    fc.array(value, { minLength: min, maxLength: max }),
    fc.array(value, { minLength: min, maxLength: max })
  )

/** Reorders `xs` by `order`. */
export const reorder = <A>(xs: ReadonlyArray<A>, order: ReadonlyArray<number>): Array<A> =>
  order.map((i) => xs[i]!)

/** True when `xs` varies well above rounding (statistics divide by this spread). */
export const varies = (xs: ReadonlyArray<number>): boolean => {
  const max = Math.max(...xs)
  const min = Math.min(...xs)
  return max - min > 1e-6 * (1 + Math.max(Math.abs(max), Math.abs(min)))
}

/** The differences `a[i] − b[i]`. */
export const differences = (a: ReadonlyArray<number>, b: ReadonlyArray<number>): Array<number> =>
  a.map((x, i) => x - b[i]!)
