/** Physical parameters of the simulated CO2 Joule-Thomson cryoprobe and its cylinder (README: the model). */
export interface ProbeParameters {
  /** Tissue temperature around the probe: where the tip starts and rewarms to, °C. */
  readonly bodyTemperatureC: number
  /** Room temperature, °C: the cylinder's (isothermal) temperature. */
  readonly roomTemperatureC: number
  readonly cylinderVolumeLitres: number
  /** CO2 in a full cylinder, kg (fill ratio ≤ 0.75 kg/L). */
  readonly cylinderFillKg: number
  /** Mass flow per bar of supply pressure through the Joule-Thomson orifice, g/(s·bar) (choked flow ∝ P). */
  readonly flowGramsPerSecondPerBar: number
  /** Pressure at which the cooling drive equals `coolingDriveK`, bar. */
  readonly referencePressureBar: number
  /**
   * Cooling drive at the reference pressure, K: how far below body temperature the tip would settle if CO2
   * could not freeze (refrigeration ṁ·Δh over the tissue's heat conductance). It scales with (P/Pref)².
   */
  readonly coolingDriveK: number
  /** Pressure the expanded gas vents to, bar (1 atm; higher when the exhaust is occluded). */
  readonly exhaustPressureBar: number
  /** Time constant of the tip cool-down with gas flowing, s. */
  readonly coolingTauSeconds: number
  /** Time constant of the passive rewarming with gas off, s. */
  readonly thawTauSeconds: number
  /** Temperature at which tissue freezes, °C. */
  readonly tissueFreezingC: number
  /** Largest ice-ball radius, mm (a tip at the sublimation point, held long). */
  readonly iceBallMaxRadiusMm: number
  /** Time constant of the ice-ball growth (of R²), s, and of its melting. */
  readonly iceGrowthTauSeconds: number
  readonly iceMeltTauSeconds: number
  /** Standard deviations of the sensor noise, °C and bar. */
  readonly temperatureNoiseC: number
  readonly pressureNoiseBar: number
  /** Telemetry rate, Hz. */
  readonly sampleRateHz: number
}

/** A Cryoflex-like CO2 probe on a 4 L cylinder at room temperature (values and sources in the README). */
export const co2Probe: ProbeParameters = {
  bodyTemperatureC: 34,
  roomTemperatureC: 20,
  cylinderVolumeLitres: 4,
  cylinderFillKg: 2.6,
  flowGramsPerSecondPerBar: 0.0044,
  referencePressureBar: 57,
  coolingDriveK: 150,
  exhaustPressureBar: 1.01325,
  coolingTauSeconds: 10,
  thawTauSeconds: 30,
  tissueFreezingC: -1,
  iceBallMaxRadiusMm: 4,
  iceGrowthTauSeconds: 40,
  iceMeltTauSeconds: 15,
  temperatureNoiseC: 0.3,
  pressureNoiseBar: 0.2,
  sampleRateHz: 10
}
