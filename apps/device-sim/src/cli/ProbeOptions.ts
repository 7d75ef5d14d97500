import { type Flags, numberFlag, seedFlag, speedFlag } from "./Args.js"

/** The options of `device-sim run`, checked. */
export const runOptions = (flags: Flags) => ({
  api: flags.api,
  cycles: numberFlag("cycles", flags.cycles ?? "0", {
    min: 0,
    max: 1000,
    integer: true,
    what: "freeze-thaw cycles; 0 runs until stopped"
  }),
  freezeSeconds: numberFlag("freeze-seconds", flags["freeze-seconds"], {
    min: 1,
    max: 600,
    what: "seconds of each freeze; the protocol freezes 120 s"
  }),
  speed: speedFlag(flags.speed, 1),
  seed: seedFlag(flags.seed),
  summary: flags.summary
})

/** The options of `device-sim report`, checked. */
export const reportOptions = (flags: Flags) => ({
  seed: seedFlag(flags.seed),
  n: numberFlag("n", flags.n, {
    min: 20,
    max: 10_000,
    integer: true,
    what: "patients in the synthetic cohort; the study had 107"
  }),
  json: flags.json
})
