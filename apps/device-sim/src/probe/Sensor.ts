import { gaussian, type Random } from "./Random.js"

const tenth = (x: number): number => Math.round(x * 10) / 10

/**
 * A printed tip temperature, °C to 0.1: the true value plus Gaussian noise, never below the physical floor
 * (a reading that would round below it prints as the floor rounded up).
 */
export const readTemperatureC = (trueC: number, floorC: number, noiseC: number, random: Random): number => {
  const printed = tenth(trueC + noiseC * gaussian(random))
  return printed < floorC ? Math.ceil(floorC * 10 - 1e-9) / 10 : printed
}

/** A printed supply pressure, bar to 0.1: 0 with the valve closed (the line vents), never negative. */
export const readPressureBar = (
  trueBar: number,
  valveOpen: boolean,
  noiseBar: number,
  random: Random
): number => (valveOpen ? Math.max(0, tenth(trueBar + noiseBar * gaussian(random))) : 0)
