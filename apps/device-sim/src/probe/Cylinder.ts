import { gasConstant, kelvin, saturatedVapourDensity20C, vapourPressureBar } from "./Co2.js"

/** A CO2 cylinder: water volume, CO2 left in it and its (constant, room) temperature. */
export interface Cylinder {
  readonly volumeLitres: number
  readonly massKg: number
  readonly temperatureC: number
}

/** Mass of CO2, kg, below which the cylinder holds no liquid: saturated vapour fills the whole volume. */
export const dewMassKg = (cylinder: Cylinder): number =>
  (saturatedVapourDensity20C * cylinder.volumeLitres) / 1000

/** True while liquid CO2 is left: the pressure then holds at the vapour pressure. */
export const hasLiquid = (cylinder: Cylinder): boolean => cylinder.massKg > dewMassKg(cylinder)

/**
 * Pressure, bar. With liquid left: the vapour pressure at the cylinder temperature. Vapour only: the
 * state equation P = ρRT / (1 + k·ρRT), whose k makes it meet the vapour pressure at the dew density
 * (a compressibility that falls linearly with pressure; ideal gas as ρ → 0).
 */
export const pressureBar = (cylinder: Cylinder): number => {
  const saturated = vapourPressureBar(cylinder.temperatureC)
  if (hasLiquid(cylinder)) return saturated
  const rt = (gasConstant * kelvin(cylinder.temperatureC)) / 1e5
  const k = 1 / saturated - 1 / (saturatedVapourDensity20C * rt)
  const ideal = (Math.max(0, cylinder.massKg) / (cylinder.volumeLitres / 1000)) * rt
  return ideal / (1 + k * ideal)
}

/** The cylinder after `kg` of CO2 left it (never below empty). */
export const draw = (cylinder: Cylinder, kg: number): Cylinder => ({
  ...cylinder,
  massKg: Math.max(0, cylinder.massKg - kg)
})
