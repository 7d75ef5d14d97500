/** A smooth objective to maximize: its value and analytic gradient, or undefined outside its domain. */
export type Objective = (
  theta: Float64Array
) => { readonly value: number; readonly gradient: Float64Array } | undefined

/** Where the maximization stopped and whether it met the convergence test. */
export interface Maximum {
  readonly theta: Float64Array
  readonly value: number
  readonly gradient: Float64Array
  readonly iterations: number
  readonly converged: boolean
  /** Largest |gradient| relative to max(1, |value|) at the end. */
  readonly relativeGradient: number
}

const relative = (g: Float64Array, value: number): number => {
  let max = 0
  for (let i = 0; i < g.length; i++) max = Math.max(max, Math.abs(g[i]!))
  return max / Math.max(1, Math.abs(value))
}

/**
 * Armijo's sufficient increase, or, where the values agree to rounding, Hager and Zhang's approximate
 * Wolfe test: the directional derivative fell below 0.9 of its start without changing sign much.
 */
const accepted = (
  value: number,
  slope: number,
  t: number,
  next: { readonly value: number; readonly gradient: Float64Array },
  step: Float64Array
): boolean => {
  if (next.value >= value + 1e-4 * t * slope) return true
  if (!(next.value >= value - 1e-13 * Math.abs(value))) return false
  let along = 0
  for (let i = 0; i < step.length; i++) along += next.gradient[i]! * step[i]!
  return Math.abs(along) <= 0.9 * slope
}

/**
 * BFGS with an Armijo backtracking line search (steps that leave the domain are halved), the
 * inverse-Hessian start scaled after the first step (Shanno–Phua). Converged when the largest
 * gradient component is below `tolerance` relative to max(1, |value|): the REML log-likelihood grows
 * with the number of observations, its curvature too, so this bounds the error in the parameters.
 */
export const maximize = (
  f: Objective,
  start: Float64Array,
  tolerance = 1e-10,
  maxIterations = 500
): Maximum => {
  const q = start.length
  let theta: Float64Array = Float64Array.from(start)
  let point = f(theta)
  if (point === undefined) {
    const none = { theta, value: Number.NaN, gradient: new Float64Array(q), iterations: 0 }
    return { ...none, converged: false, relativeGradient: Number.NaN }
  }
  const stop = (iterations: number, converged: boolean): Maximum => ({
    theta,
    value: point!.value,
    gradient: point!.gradient,
    iterations,
    converged,
    relativeGradient: relative(point!.gradient, point!.value)
  })
  let h: Float64Array = new Float64Array(q * q)
  const identity = () => {
    h.fill(0)
    for (let i = 0; i < q; i++) h[i * q + i] = 1
  }
  identity()
  let scaled = false
  const step = new Float64Array(q)
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (relative(point.gradient, point.value) <= tolerance) return stop(iteration, true)
    // ascent direction H g; fall back to the gradient if curvature information went bad
    let slope = 0
    for (let i = 0; i < q; i++) {
      let s = 0
      for (let j = 0; j < q; j++) s += h[i * q + j]! * point.gradient[j]!
      step[i] = s
      slope += s * point.gradient[i]!
    }
    if (!(slope > 0)) {
      identity()
      step.set(point.gradient)
      slope = 0
      for (let i = 0; i < q; i++) slope += step[i]! * step[i]!
    }
    let longest = 0
    for (let i = 0; i < q; i++) longest = Math.max(longest, Math.abs(step[i]!))
    let t = Math.min(1, 5 / longest)
    let next: ReturnType<Objective>
    let candidate: Float64Array = theta
    for (let halving = 0; ; halving++) {
      if (halving > 60) return stop(iteration, false)
      candidate = Float64Array.from(theta, (x, i) => x + t * step[i]!)
      next = f(candidate)
      if (next !== undefined && accepted(point.value, slope, t, next, step)) break
      t /= 2
    }
    const s = Float64Array.from(candidate, (x, i) => x - theta[i]!)
    const y = Float64Array.from(next.gradient, (g, i) => point!.gradient[i]! - g)
    let [sy, yy, ss] = [0, 0, 0]
    for (let i = 0; i < q; i++) {
      sy += s[i]! * y[i]!
      yy += y[i]! * y[i]!
      ss += s[i]! * s[i]!
    }
    if (sy > 1e-14 * Math.sqrt(yy * ss)) {
      if (!scaled) {
        h = h.map((v) => (v * sy) / yy)
        scaled = true
      }
      h = bfgsUpdate(h, s, y, sy, q)
    }
    theta = candidate
    point = next
  }
  return stop(maxIterations, false)
}

/** H ← (I − ρ s y') H (I − ρ y s') + ρ s s', ρ = 1 / s'y (the inverse-Hessian BFGS update). */
const bfgsUpdate = (
  h: Float64Array,
  s: Float64Array,
  y: Float64Array,
  sy: number,
  q: number
): Float64Array => {
  const rho = 1 / sy
  const hy = new Float64Array(q)
  let yhy = 0
  for (let i = 0; i < q; i++) {
    let v = 0
    for (let j = 0; j < q; j++) v += h[i * q + j]! * y[j]!
    hy[i] = v
    yhy += y[i]! * v
  }
  const out = new Float64Array(q * q)
  for (let i = 0; i < q; i++)
    for (let j = 0; j < q; j++)
      out[i * q + j] =
        h[i * q + j]! - rho * (hy[i]! * s[j]! + s[i]! * hy[j]!) + (rho * rho * yhy + rho) * s[i]! * s[j]!
  return out
}
