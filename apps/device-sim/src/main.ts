import { parseArgs } from "node:util"
import { runProbe } from "./run.js"

const usage = `device-sim — simulates the CO2 Joule-Thomson cryoprobe for cryoreg

Usage:
  device-sim run [--api URL] [--cycles N] [--freeze-seconds S] [--speed X] [--seed N] [--summary]
      Simulates freeze-thaw cycles (default: the study's 120 s freeze, then passive thaw),
      printing one telemetry line per second of probe time. --speed 10 runs ten times
      faster than real time. With --api, it first waits for the API's /api/health.
  device-sim --help
      Prints this text.

Options:
  --api URL             cryoreg API to check (e.g. http://127.0.0.1:8787)
  --cycles N            freeze-thaw cycles to simulate; 0 runs until stopped (default 0)
  --freeze-seconds S    length of each freeze (default 120)
  --speed X             simulated seconds per real second (default 1)
  --seed N              seed of the sensor noise (default 1)
  --summary             print one line per cycle instead of one per sample
`

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    help: { type: "boolean", short: "h" },
    api: { type: "string" },
    cycles: { type: "string", default: "0" },
    "freeze-seconds": { type: "string", default: "120" },
    speed: { type: "string", default: "1" },
    seed: { type: "string", default: "1" },
    summary: { type: "boolean", default: false }
  }
})

const command = positionals[0]
if (values.help || command === undefined || command === "help") {
  process.stdout.write(usage)
  process.exit(values.help || command === "help" ? 0 : 2)
}
if (command !== "run") {
  process.stderr.write(`device-sim: unknown command "${command}"; try device-sim --help\n`)
  process.exit(2)
}

const number = (name: string, text: string, min: number): number => {
  const n = Number(text)
  if (!Number.isFinite(n) || n < min) {
    process.stderr.write(`device-sim: --${name} must be a number ≥ ${min}, got "${text}"\n`)
    process.exit(2)
  }
  return n
}

await runProbe({
  api: values.api,
  cycles: number("cycles", values.cycles, 0),
  freezeSeconds: number("freeze-seconds", values["freeze-seconds"], 1),
  speed: number("speed", values.speed, 0.01),
  seed: number("seed", values.seed, 0),
  summary: values.summary
})
