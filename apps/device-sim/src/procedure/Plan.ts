/** How long the clinic's steps take on the device clock, s (uniform in [min, max) where a range). */
export interface Timing {
  readonly positioningSeconds: { readonly min: number; readonly max: number }
  readonly repositioningSeconds: { readonly min: number; readonly max: number }
  /** One voltage step of the stimulation sweep (the 2 Hz pulses at one voltage). */
  readonly stimulationStepSeconds: number
  readonly voltageSteps: number
  /** From a negative test to opening the gas, and between cycles at one position. */
  readonly pauseSeconds: number
  /** Give up a thaw that has not reached the protocol's thaw temperature after this long. */
  readonly maxThawSeconds: number
}

/** Times of a fluoroscopy-guided placement and a 10-step sweep of 2 Hz pulses. */
export const clinicTiming: Timing = {
  positioningSeconds: { min: 15, max: 30 },
  repositioningSeconds: { min: 8, max: 15 },
  stimulationStepSeconds: 1,
  voltageSteps: 10,
  pauseSeconds: 3,
  maxThawSeconds: 300
}
