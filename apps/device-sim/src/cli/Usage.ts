import { optionsHelp } from "./Flags.js"

/** The text of `device-sim --help`: the commands, then every flag from the one table of flags. */
export const usage = `device-sim — simulates the cryoneurolysis clinic for cryoreg: the CO2 Joule-Thomson
cryoprobe, live procedures through the API, and a synthetic study cohort calibrated to the published tables

Usage:
  device-sim procedure [--api URL] --token TOKEN --patient ID [--side SIDE] [--lesions N] [--cycles N]
                       [--seed N] [--speed X] [--rate HZ] [--fault NAME]... [--json]
      Opens a live procedure for the patient (on the patient's treated side unless --side) and runs it
      on the simulated probe: for each lesion positions the probe, sweeps the 2 Hz motor stimulation up
      to 2 V (repositioning on a motor response), freezes 120 s and thaws passively, posting the protocol
      events and the telemetry (buffered and resent while the API is unreachable).
  device-sim procedure --join ID --token TOKEN [--api URL] [--seed N] [--speed X] ...
      Drives a live procedure already open (opened in the dashboard, which shows its device token), or
      resumes an interrupted run: what the API holds is not sent again. Ctrl-C (or SIGTERM) sends what
      is recorded, prints the command that resumes, and exits 130 (143).
  device-sim cohort [--api URL] --token TOKEN [--seed N] [--live N] [--speed X] [--json]
      Loads the demo registry (two centers, the calibrated 107-patient study cohort, ineligible
      candidates, a waiting list) through the API's routes, then runs live procedures for the first
      N patients on the waiting list (default 3, as fast as possible).
  device-sim run [--api URL] [--cycles N] [--freeze-seconds S] [--speed X] [--seed N] [--summary]
      Simulates freeze-thaw cycles on the probe alone, printing one telemetry line per second of
      probe time (0 cycles: until stopped). With --api, it first waits for the API's /api/health.
  device-sim report [--seed N] [--n N] [--json]
      Generates the synthetic cohort (seed 1 and 107 patients by default), computes the study's
      Tables 1–10 from its records and prints them beside the published values.
  device-sim --help

Options:
${optionsHelp()}
`
