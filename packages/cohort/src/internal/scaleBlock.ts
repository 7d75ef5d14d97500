import type { Block, Target } from "./anneal.js"
import { mean, sd } from "./anneal.js"
import { derivedTarget, meanTarget, pTarget, sdTarget } from "./cells.js"
import type { Random } from "./random.js"
import { pairedBonferroniP } from "./sumTests.js"

const F = { v0: 0, v3: 1, v6: 2, d3: 3, d6: 4, d36: 5, drift: 6 }

/** A pain or disability scale scored at baseline, 3 and 6 months (VAS, ODI). */
export interface ScaleSpec {
  /** The table entry holding `baseline`, `m3`, `m6`, `changeM3`, `changeM6` (e.g. `table2.vas`). */
  readonly at: string
  /** Paths of the percent changes; `sign` −1 when printed as an improvement (ODI). */
  readonly pct: { readonly m3: string; readonly m6: string; readonly sign: 1 | -1 }
  /** Bonferroni-adjusted 3 vs 6 months p-value cell, when the paper gives one. */
  readonly pairwise?: string
  /** Stored as integers in [min, max]; printed as `step` × value (ODI %: 2 × the total of ten answers). */
  readonly min: number
  readonly max: number
  readonly step: number
  /** Where a patient's score sits given their NRS (per time point), in stored units. */
  readonly anchor: (patient: number, timepoint: 0 | 1 | 2) => number
  /** Largest mean squared distance from the anchor the search may leave (keeps scales coherent). */
  readonly drift: number
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

/** The block of one scale: values start near their NRS anchor and are annealed to Table 2/3's cells. */
export const make = (n: number, spec: ScaleSpec, random: Random, spread: number): Block => {
  const values = new Int32Array(n * 3)
  for (let i = 0; i < n; i++)
    for (const t of [0, 1, 2] as const)
      values[i * 3 + t] = clamp(Math.round(spec.anchor(i, t) + spread * random.normal()), spec.min, spec.max)
  const s = spec.step
  const targets: Array<Target> = [
    ...(["baseline", "m3", "m6"] as const).flatMap((k, c) => [
      {
        ...meanTarget(`${spec.at}.${k}[0]`, 0, c),
        measure: (x: Parameters<Target["measure"]>[0]) => s * mean(x, 0, c)
      },
      {
        ...sdTarget(`${spec.at}.${k}[1]`, 0, c),
        measure: (x: Parameters<Target["measure"]>[0]) => s * sd(x, 0, c)
      }
    ]),
    { ...meanTarget(`${spec.at}.changeM3`, 0, F.d3), measure: (x) => s * mean(x, 0, F.d3) },
    { ...meanTarget(`${spec.at}.changeM6`, 0, F.d6), measure: (x) => s * mean(x, 0, F.d6) },
    derivedTarget(spec.pct.m3, (x) => (spec.pct.sign * 100 * mean(x, 0, F.d3)) / mean(x, 0, F.v0)),
    derivedTarget(spec.pct.m6, (x) => (spec.pct.sign * 100 * mean(x, 0, F.d6)) / mean(x, 0, F.v0)),
    {
      path: `${spec.at}.coherence`,
      lo: 0,
      hi: spec.drift,
      unit: spec.drift,
      weight: 0.5,
      measure: (x) => mean(x, 0, F.drift)
    }
  ]
  if (spec.pairwise !== undefined) targets.push(pTarget(spec.pairwise, (x) => pairedBonferroniP(x, 0, F.d36)))
  return {
    n,
    columns: 3,
    values,
    lo: new Int32Array(n * 3).fill(spec.min),
    hi: new Int32Array(n * 3).fill(spec.max),
    groups: 1,
    memberOf: new Int32Array(n),
    memberships: 1,
    features: 7,
    maxStep: 3,
    targets,
    feature: (i, v, out) => {
      const a = v[i * 3]!
      const b = v[i * 3 + 1]!
      const c = v[i * 3 + 2]!
      out[F.v0] = a
      out[F.v3] = b
      out[F.v6] = c
      out[F.d3] = b - a
      out[F.d6] = c - a
      out[F.d36] = c - b
      out[F.drift] =
        (a - spec.anchor(i, 0)) ** 2 + (b - spec.anchor(i, 1)) ** 2 + (c - spec.anchor(i, 2)) ** 2
    }
  }
}

/** One integer characteristic per patient (age, symptom months, duration) with per-patient bounds. */
export const single = (
  n: number,
  paths: { mean: string; sd: string },
  bounds: (patient: number) => readonly [number, number],
  start: (patient: number) => number
): Block => {
  const lo = new Int32Array(n)
  const hi = new Int32Array(n)
  const values = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const [a, b] = bounds(i)
    lo[i] = a
    hi[i] = b
    values[i] = clamp(Math.round(start(i)), a, b)
  }
  return {
    n,
    columns: 1,
    values,
    lo,
    hi,
    groups: 1,
    memberOf: new Int32Array(n),
    memberships: 1,
    features: 1,
    maxStep: 4,
    targets: [meanTarget(paths.mean, 0, 0), sdTarget(paths.sd, 0, 0)],
    feature: (i, v, out) => {
      out[0] = v[i]!
    }
  }
}
