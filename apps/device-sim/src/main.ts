import { parseArgs } from "node:util"
import { studyReportOutput } from "./report.js"
import { runProbe } from "./run.js"

const usage = `device-sim — simulates the cryoneurolysis clinic for cryoreg: the CO2 Joule-Thomson
cryoprobe, and a synthetic study cohort calibrated to the published tables

Usage:
  device-sim run [--api URL] [--cycles N] [--freeze-seconds S] [--speed X] [--seed N] [--summary]
      Simulates freeze-thaw cycles (default: the study's 120 s freeze, then passive thaw),
      printing one telemetry line per second of probe time. --speed 10 runs ten times
      faster than real time. With --api, it first waits for the API's /api/health.
  device-sim report [--seed N] [--n N] [--json]
      Generates the synthetic cohort (seed 1 and 107 patients by default), computes the
      study's Tables 1–10 from its records and prints them beside the published values,
      with the consistency checks of the published summaries. --json prints JSON.
  device-sim --help
      Prints this text.

Options:
  --api URL             cryoreg API to check (e.g. http://127.0.0.1:8787)
  --cycles N            freeze-thaw cycles to simulate; 0 runs until stopped (default 0)
  --freeze-seconds S    length of each freeze (default 120)
  --speed X             simulated seconds per real second (default 1)
  --seed N              seed of the sensor noise or of the cohort (default 1)
  --summary             print one line per cycle instead of one per sample
  --n N                 patients in the synthetic cohort, at least 20 (default 107)
  --json                report as JSON: { report, comparison, findings, calibrationMisses }
`

const fail = (message: string): never => {
  process.stderr.write(`device-sim: ${message}\n`)
  process.exit(2)
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        api: { type: "string" },
        cycles: { type: "string", default: "0" },
        "freeze-seconds": { type: "string", default: "120" },
        speed: { type: "string", default: "1" },
        seed: { type: "string", default: "1" },
        summary: { type: "boolean", default: false },
        n: { type: "string", default: "107" },
        json: { type: "boolean", default: false }
      }
    })
  } catch (error) {
    return fail(`${(error as Error).message}; try device-sim --help`)
  }
})()

const number = (name: string, text: string, min: number, integer = false): number => {
  const n = Number(text)
  if (text.trim() === "" || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
    fail(`--${name} must be ${integer ? "an integer" : "a number"} ≥ ${min}, got "${text}"`)
  }
  return n
}

const command = positionals[0]
if (values.help || command === undefined || command === "help") {
  process.stdout.write(usage)
  process.exit(values.help || command === "help" ? 0 : 2)
} else if (command === "run") {
  await runProbe({
    api: values.api,
    cycles: number("cycles", values.cycles, 0, true),
    freezeSeconds: number("freeze-seconds", values["freeze-seconds"], 1),
    speed: number("speed", values.speed, 0.01),
    seed: number("seed", values.seed, 0, true),
    summary: values.summary
  })
} else if (command === "report") {
  process.stdout.write(
    studyReportOutput({
      seed: number("seed", values.seed, 0, true),
      n: number("n", values.n, 20, true),
      json: values.json
    })
  )
} else {
  fail(`unknown command "${command}"; try device-sim --help`)
}
