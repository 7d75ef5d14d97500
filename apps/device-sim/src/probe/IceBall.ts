import { sublimationTemperatureC } from "./Co2.js"
import type { ProbeParameters } from "./Parameters.js"

/**
 * Radius, mm, the ice ball tends to at a tip temperature: 0 above the tissue's freezing point, growing
 * linearly with how far below it the tip is, up to the maximum at the 1-atm sublimation point.
 */
export const equilibriumRadiusMm = (p: ProbeParameters, tipC: number): number => {
  const span = p.tissueFreezingC - sublimationTemperatureC(1.01325)
  const depth = Math.min(1, Math.max(0, (p.tissueFreezingC - tipC) / span))
  return p.iceBallMaxRadiusMm * depth
}

/**
 * The ice-ball radius after `dt` s. R² relaxes toward Req² (diffusion-limited growth: R ≈ Rmax·√(1 − e^(−t/τ)),
 * fast at first, slowing, bounded by Rmax). During a freeze it only grows; with gas off it melts toward Req.
 */
export const stepIceBall = (
  p: ProbeParameters,
  radiusMm: number,
  tipC: number,
  freezing: boolean,
  dt: number
): number => {
  const target = equilibriumRadiusMm(p, tipC) ** 2
  const current = radiusMm * radiusMm
  if (freezing && target <= current) return radiusMm
  if (!freezing && target >= current) return radiusMm
  const tau = freezing ? p.iceGrowthTauSeconds : p.iceMeltTauSeconds
  const next = target + (current - target) * Math.exp(-dt / tau)
  return Math.min(p.iceBallMaxRadiusMm, Math.sqrt(Math.max(0, next)))
}
