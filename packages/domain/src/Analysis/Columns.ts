/** The analysis's columns, extracted from the records once (flat typed arrays, n × 3 for the visits). */
export interface StudyColumns {
  readonly n: number
  readonly female: Uint8Array
  readonly right: Uint8Array
  readonly left: Uint8Array
  readonly positiveBlock: Uint8Array
  readonly age: Float64Array
  readonly symptomMonths: Float64Array
  /** n × 3 (baseline, 3, 6 months), row-major: the flat fast path of `@cryoreg/stats`. */
  readonly nrs: Float64Array
  readonly vas: Float64Array
  readonly odi: Float64Array
  /** n × 3: 1 where the visit is recorded (the analgesic flags are 0 at a missed visit, not "no use"). */
  readonly attended: Uint8Array
  readonly nsaids: Uint8Array
  readonly opioids: Uint8Array
  readonly treated: Uint8Array
  readonly lesions: Float64Array
  readonly durationMinutes: Float64Array
  /** Patients with at least one adverse event of each type. */
  readonly adverseEvents: ReadonlyMap<string, number>
}

/** Mean and sample SD (n − 1) of the values where `mask` is 1 (all when no mask). */
export const meanSd = (
  x: Float64Array,
  mask?: Uint8Array,
  value = 1
): { n: number; mean: number; sd: number } => {
  if (mask === undefined) {
    let sum = 0
    for (let i = 0; i < x.length; i++) sum += x[i]!
    const mean = sum / x.length
    let ss = 0
    for (let i = 0; i < x.length; i++) ss += (x[i]! - mean) ** 2
    return { n: x.length, mean, sd: Math.sqrt(ss / (x.length - 1)) }
  }
  let n = 0
  let sum = 0
  for (let i = 0; i < x.length; i++)
    if (mask[i] === value) {
      n++
      sum += x[i]!
    }
  const mean = sum / n
  let ss = 0
  for (let i = 0; i < x.length; i++) if (mask[i] === value) ss += (x[i]! - mean) ** 2
  return { n, mean, sd: Math.sqrt(ss / (n - 1)) }
}

/** The three columns (baseline, 3, 6 months) of an n × 3 array, in one pass. */
export const columns = (x: Float64Array): readonly [Float64Array, Float64Array, Float64Array] => {
  const n = x.length / 3
  const out = [new Float64Array(n), new Float64Array(n), new Float64Array(n)] as const
  for (let i = 0; i < n; i++) {
    out[0][i] = x[i * 3]!
    out[1][i] = x[i * 3 + 1]!
    out[2][i] = x[i * 3 + 2]!
  }
  return out
}

/**
 * `meanSd(x, g, k)` for every variable `x` of `xs` and every group `k < groups`, two tight passes
 * per variable (sums, then squares); each group's sums run in index order as in `meanSd`: the same values.
 */
export const groupMeanSd = (
  xs: ReadonlyArray<Float64Array>,
  g: Uint8Array,
  groups: number
): Array<Array<{ n: number; mean: number; sd: number }>> => {
  const n = new Float64Array(groups)
  for (let i = 0; i < g.length; i++) if (g[i]! < groups) n[g[i]!]!++
  const perVariable = xs.map((x) => {
    const mean = new Float64Array(groups)
    for (let i = 0; i < g.length; i++) if (g[i]! < groups) mean[g[i]!]! += x[i]!
    for (let k = 0; k < groups; k++) mean[k] = mean[k]! / n[k]!
    const ss = new Float64Array(groups)
    for (let i = 0; i < g.length; i++) if (g[i]! < groups) ss[g[i]!]! += (x[i]! - mean[g[i]!]!) ** 2
    return { mean, ss }
  })
  return Array.from({ length: groups }, (_, k) =>
    perVariable.map(({ mean, ss }) => ({ n: n[k]!, mean: mean[k]!, sd: Math.sqrt(ss[k]! / (n[k]! - 1)) }))
  )
}

/** `select(x, g, k)` for every group `k < groups`, in one pass. */
export const split = (x: Float64Array, g: Uint8Array, groups: number): Array<Float64Array> => {
  const sizes = new Int32Array(groups)
  for (let i = 0; i < g.length; i++) if (g[i]! < groups) sizes[g[i]!]!++
  const out = Array.from(sizes, (size) => new Float64Array(size))
  const at = new Int32Array(groups)
  for (let i = 0; i < g.length; i++) {
    const k = g[i]!
    if (k < groups) out[k]![at[k]!++] = x[i]!
  }
  return out
}

/**
 * Per time point of an n × 3 visit array (NaN = missed), `meanSd` over the patients measured then; and
 * for 3 and 6 months the means of baseline and of that time point over the patients measured at both.
 * Two passes; each sum runs in index order, as `meanSd` on that selection: the same values.
 */
export const visitMeans = (x: Float64Array) => {
  const n = new Float64Array(5)
  const sum = new Float64Array(7)
  for (let i = 0; i < x.length; i += 3) {
    const b = x[i]!
    const m3 = x[i + 1]!
    const m6 = x[i + 2]!
    const hasB = !Number.isNaN(b)
    if (hasB) {
      n[0]!++
      sum[0]! += b
    }
    if (!Number.isNaN(m3)) {
      n[1]!++
      sum[1]! += m3
      if (hasB) {
        n[3]!++
        sum[3]! += b
        sum[4]! += m3
      }
    }
    if (!Number.isNaN(m6)) {
      n[2]!++
      sum[2]! += m6
      if (hasB) {
        n[4]!++
        sum[5]! += b
        sum[6]! += m6
      }
    }
  }
  const mean = [sum[0]! / n[0]!, sum[1]! / n[1]!, sum[2]! / n[2]!]
  const ss = new Float64Array(3)
  for (let i = 0; i < x.length; i += 3)
    for (let t = 0; t < 3; t++) {
      const v = x[i + t]!
      if (!Number.isNaN(v)) ss[t]! += (v - mean[t]!) ** 2
    }
  return {
    at: [0, 1, 2].map((t) => ({ n: n[t]!, mean: mean[t]!, sd: Math.sqrt(ss[t]! / (n[t]! - 1)) })),
    pairs: [
      { n: n[3]!, baseline: sum[3]! / n[3]!, later: sum[4]! / n[3]! },
      { n: n[4]!, baseline: sum[5]! / n[4]!, later: sum[6]! / n[4]! }
    ]
  }
}
