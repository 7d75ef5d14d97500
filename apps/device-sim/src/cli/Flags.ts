/**
 * Every flag of device-sim, declared once: how `parseArgs` reads it and what `--help` says of it. The
 * parser (`Args.ts`) and the usage text (`Usage.ts`) are both built from this table, so a flag cannot be
 * accepted without being explained, nor explained without being accepted.
 */

/** One flag: its type for `parseArgs`, the placeholder of its value, and its help, line by line. */
export interface Flag {
  readonly type: "string" | "boolean"
  readonly short?: string
  readonly multiple?: boolean
  readonly default?: string | boolean
  /** How the help names the flag's value, e.g. `URL` in `--api URL`. */
  readonly value?: string
  /** What a flag with a value needs, said when the value is missing, e.g. "the id of … (e.g. --join prc-…)". */
  readonly needs?: string
  /** The help text; a line each, as `--help` prints them. */
  readonly help: ReadonlyArray<string>
}

export const flags = {
  api: {
    type: "string",
    needs: "the origin of the cryoreg API, e.g. --api http://127.0.0.1:8787",
    value: "URL",
    help: ["cryoreg API origin (default CRYOREG_API, else http://127.0.0.1:8787)"]
  },
  token: {
    type: "string",
    needs: "a token, e.g. the device token the dashboard shows for a live procedure (or set CRYOREG_TOKEN)",
    value: "TOKEN",
    help: [
      "bearer token of a clinician, coordinator or admin, or a procedure's device",
      "token with --join (or CRYOREG_TOKEN)"
    ]
  },
  patient: {
    type: "string",
    needs: "the patient's pseudonymous id, e.g. --patient WAW-0064",
    value: "ID",
    help: ["pseudonymous patient id (e.g. WAW-0064)"]
  },
  join: {
    type: "string",
    needs: "the id of the live procedure to join, e.g. --join prc-…",
    value: "ID",
    help: ["the live procedure to drive or resume (its side and lesions are its own)"]
  },
  side: {
    type: "string",
    needs: "the side to treat: --side left, right or bilateral",
    value: "SIDE",
    help: ["left, right or bilateral (default: the patient's treated side)"]
  },
  lesions: {
    type: "string",
    needs: "the number of lesions a side, 1–14, e.g. --lesions 7",
    value: "N",
    help: ["lesions a side, 1–14 (default 7, the protocol's most)"]
  },
  cycles: {
    type: "string",
    needs: "the number of freeze-thaw cycles, e.g. --cycles 1",
    value: "N",
    help: ["procedure: freeze-thaw cycles per lesion, 1–3 (default 1); run: cycles (default 0)"]
  },
  "freeze-seconds": {
    type: "string",
    needs: "the seconds of each freeze, e.g. --freeze-seconds 120",
    default: "120",
    value: "S",
    help: ["run: seconds of each freeze (default 120)"]
  },
  seed: {
    type: "string",
    needs: "a whole number to seed the simulation, e.g. --seed 1",
    value: "N",
    help: [
      "seed of the anatomy and sensor noise, or of the cohort (default 1); a resumed",
      "run needs the --seed, --cycles, --rate and --fault of the run that began it"
    ]
  },
  speed: {
    type: "string",
    needs: "simulated seconds per real second, e.g. --speed 10, or --speed max",
    value: "X",
    help: ['simulated seconds per real second, 0.01–100000, or "max" (procedure and run: 1;', "cohort: max)"]
  },
  rate: {
    type: "string",
    needs: "telemetry samples per second, e.g. --rate 10",
    value: "HZ",
    help: ["telemetry samples per second, 0.5–100 (default 10)"]
  },
  fault: {
    type: "string",
    needs: "the name of a fault: low-gas, sensor-dropout, occluded, motor-response or network-loss",
    multiple: true,
    value: "NAME",
    help: ["low-gas, sensor-dropout, occluded, motor-response or network-loss (repeatable)"]
  },
  operator: {
    type: "string",
    needs: 'the name of the operator, e.g. --operator "dr Nowak"',
    value: "NAME",
    help: ["operator recorded with the procedure (default device-sim)"]
  },
  serial: {
    type: "string",
    needs: "the device's serial, e.g. --serial SIM-A13-0001",
    value: "S",
    help: ["device serial recorded with the procedure"]
  },
  date: {
    type: "string",
    needs: "the date of the procedure written YYYY-MM-DD, e.g. --date 2026-03-15",
    value: "YYYY-MM-DD",
    help: ["procedure date (default today)"]
  },
  live: {
    type: "string",
    needs: "the number of live procedures to run, e.g. --live 3",
    value: "N",
    help: ["cohort: live procedures to run (default 3)"]
  },
  json: {
    type: "boolean",
    default: false,
    help: ["one JSON object per line (procedure, cohort) or the report as JSON"]
  },
  summary: { type: "boolean", default: false, help: ["run: one line per cycle"] },
  n: {
    type: "string",
    needs: "the number of patients in the synthetic cohort, at least 20, e.g. --n 107",
    default: "107",
    value: "N",
    help: ["report: patients in the synthetic cohort, at least 20 (default 107)"]
  },
  help: { type: "boolean", short: "h", help: ["this text"] }
} as const satisfies Record<string, Flag>

/** The table as `parseArgs` takes it (type, short, multiple, default). */
export const parseOptions = Object.fromEntries(
  Object.entries(flags).map(([name, f]: [string, Flag]) => [
    name,
    {
      type: f.type,
      ...(f.short === undefined ? {} : { short: f.short }),
      ...(f.multiple === undefined ? {} : { multiple: f.multiple }),
      ...(f.default === undefined ? {} : { default: f.default })
    }
  ])
) as { readonly [K in keyof typeof flags]: Omit<(typeof flags)[K], "help" | "value"> }

/** The Options section of `--help`: each flag with its value's placeholder, its help aligned beside it. */
export const optionsHelp = (): string => {
  const heads = Object.entries(flags).map(([name, f]: [string, Flag]) =>
    [
      f.short === undefined ? "" : `-${f.short}, `,
      `--${name}`,
      f.value === undefined ? "" : ` ${f.value}`
    ].join("")
  )
  const width = Math.max(...heads.map((h) => h.length)) + 2
  return Object.values(flags)
    .flatMap((f: Flag, i) => f.help.map((line, j) => `  ${(j === 0 ? heads[i]! : "").padEnd(width)}${line}`))
    .join("\n")
}
