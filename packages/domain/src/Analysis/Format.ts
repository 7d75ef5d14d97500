import { round } from "./Printed.js"
import type { PValue } from "./Published.js"

/** A p-value as the paper prints it: "<0.001", three decimals below 0.1, two from 0.1. */
export const formatP = (p: number): PValue => (p < 0.001 ? "<0.001" : p < 0.1 ? round(p, 3) : round(p, 2))

/** Percent of `k` in `n`, one decimal. */
export const pct = (k: number, n: number): number => round((100 * k) / n, 1)

/** `[mean, sd]` rounded to `decimals`. */
export const meanSd = (s: { mean: number; sd: number }, decimals: number): readonly [number, number] => [
  round(s.mean, decimals),
  round(s.sd, decimals)
]

/** Count of ones in a 0/1 array (optionally within `mask === value`). */
export const count = (x: Uint8Array, mask?: Uint8Array, value = 1): number => {
  let k = 0
  if (mask === undefined) for (let i = 0; i < x.length; i++) k += x[i] === 1 ? 1 : 0
  else for (let i = 0; i < x.length; i++) if (x[i] === 1 && mask[i] === value) k++
  return k
}

/** The 2 × 2 table of paired 0/1 outcomes: rows a = 1 / 0, columns b = 1 / 0 (McNemar's layout). */
export const pairedTable = (a: Uint8Array, b: Uint8Array): [[number, number], [number, number]] => {
  let both = 0
  let onlyA = 0
  let onlyB = 0
  for (let i = 0; i < a.length; i++) {
    if (a[i] === 1) {
      if (b[i] === 1) both++
      else onlyA++
    } else if (b[i] === 1) onlyB++
  }
  return [
    [both, onlyA],
    [onlyB, a.length - both - onlyA - onlyB]
  ]
}
