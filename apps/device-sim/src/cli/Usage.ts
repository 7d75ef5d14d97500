/** The text of `device-sim --help`. */
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
  --api URL          cryoreg API origin (default CRYOREG_API, else http://127.0.0.1:8787)
  --token TOKEN      bearer token of a clinician, coordinator or admin, or a procedure's device
                     token with --join (or CRYOREG_TOKEN)
  --patient ID       pseudonymous patient id (e.g. WAW-0064)
  --join ID          the live procedure to drive or resume (its side and lesions are its own)
  --side SIDE        left, right or bilateral (default: the patient's treated side)
  --lesions N        lesions a side, 1–14 (default 7, the protocol's most)
  --cycles N         procedure: freeze-thaw cycles per lesion, 1–3 (default 1); run: cycles (default 0)
  --seed N           seed of the anatomy and sensor noise, or of the cohort (default 1); a resumed
                     run needs the --seed, --cycles, --rate and --fault of the run that began it
  --speed X          simulated seconds per real second, 0.01–100000, or "max" (procedure and run: 1;
                     cohort: max)
  --rate HZ          telemetry samples per second, 0.5–100 (default 10)
  --fault NAME       low-gas, sensor-dropout, occluded, motor-response or network-loss (repeatable)
  --operator NAME    operator recorded with the procedure (default device-sim)
  --serial S         device serial recorded with the procedure
  --date YYYY-MM-DD  procedure date (default today)
  --live N           cohort: live procedures to run (default 3)
  --json             one JSON object per line (procedure, cohort) or the report as JSON
  --summary          run: one line per cycle
  --n N              report: patients in the synthetic cohort, at least 20 (default 107)
`
