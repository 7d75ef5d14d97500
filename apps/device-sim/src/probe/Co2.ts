/** Physical properties of carbon dioxide used by the probe model (fits valid near room temperature). */

/** Standard atmosphere, bar. */
export const atmosphereBar = 1.01325

/** Specific gas constant of CO2, J/(kg·K) (R / M = 8.314 / 0.04401). */
export const gasConstant = 188.9

/** Absolute temperature, K, of a temperature in °C. */
export const kelvin = (celsius: number): number => celsius + 273.15

// Clausius-Clapeyron through the saturation pressures at 0 °C (34.85 bar) and 20 °C (57.29 bar).
const vapourB = 1990
const vapourA = Math.log(57.29) + vapourB / kelvin(20)

/** Vapour pressure, bar, of liquid CO2 at `celsius` (57.3 bar at 20 °C; ln P = A − B/T). */
export const vapourPressureBar = (celsius: number): number => Math.exp(vapourA - vapourB / kelvin(celsius))

// Clausius-Clapeyron for the solid: through 1 atm at −78.46 °C and the triple point (5.185 bar, −56.56 °C).
const sublimationB = 3137
const sublimationT0 = kelvin(-78.46)

/**
 * Sublimation temperature, °C, of CO2 at `bar` (−78.5 °C at 1 atm): the coldest a tip venting to that
 * pressure can get, since expanding CO2 ends as dry ice and vapour in equilibrium.
 */
export const sublimationTemperatureC = (bar: number): number =>
  1 / (1 / sublimationT0 - Math.log(bar / atmosphereBar) / sublimationB) - 273.15

/** Density of saturated CO2 vapour at 20 °C, kg/m³ (NIST: 194 kg/m³). */
export const saturatedVapourDensity20C = 194
