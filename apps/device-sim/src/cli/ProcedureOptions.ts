import { Model, Protocol } from "@cryoreg/domain"
import { Either, Schema } from "effect"
import { co2Probe } from "../probe/Parameters.js"
import { type FaultName, faultNames, isFaultName } from "../procedure/Faults.js"
import {
  apiFlag,
  type Flags,
  numberFlag,
  requiredFlag,
  seedFlag,
  speedFlag,
  tokenFlag,
  UsageError
} from "./Args.js"

const idFlag = <A, I>(schema: Schema.Schema<A, I>, flag: string, text: string, example: string): A => {
  const result = Schema.decodeUnknownEither(schema)(text)
  if (Either.isLeft(result))
    throw new UsageError(
      `--${flag} must be 1–64 letters, digits, ".", "_", ":" or "-" (e.g. ${example}), got "${text}"`
    )
  return result.right
}

const dateFlag = (text: string): Model.CalendarDate => {
  if (Either.isLeft(Schema.decodeUnknownEither(Model.CalendarDate)(text)))
    throw new UsageError(`--date must be a calendar date written YYYY-MM-DD (e.g. 2026-03-15), got "${text}"`)
  return text as Model.CalendarDate
}

/** `--operator`, `--serial`: the contract's text of 1–200 characters. */
const textFlag = (name: string, text: string): string => {
  if (text.trim() === "" || text.trim().length > 200)
    throw new UsageError(`--${name} must be 1 to 200 characters, got ${text.trim().length}`)
  return text.trim()
}

const sideFlag = (text: string | undefined): Model.TreatedSide | null => {
  if (text === undefined) return null
  if (!Model.TreatedSide.literals.includes(text as Model.TreatedSide))
    throw new UsageError(`--side must be left, right or bilateral, got "${text}"`)
  return text as Model.TreatedSide
}

const { cryo } = Protocol.study
/** The contract's bound on lesions a side (`NewLiveProcedure.lesionsPerSide`). */
const lesionsRange = {
  min: 1,
  max: 14,
  integer: true,
  what: `lesions per treated side; the study did ${cryo.lesionsPerSide.min}–${cryo.lesionsPerSide.max}`
}

/** Flags that describe a procedure to open: a joined procedure already has them. */
const openingFlags = ["patient", "side", "lesions", "date", "operator", "serial"] as const

/** The options of `device-sim procedure`, checked: `join` set drives an open procedure, else one is opened. */
export const procedureOptions = (flags: Flags) => {
  const faults = (flags.fault ?? []).map((name): FaultName => {
    if (!isFaultName(name)) throw new UsageError(`--fault "${name}" is not one of ${faultNames.join(", ")}`)
    return name
  })
  const cycles = numberFlag("cycles", flags.cycles ?? String(cryo.freezeCyclesPerLesion.min), {
    ...cryo.freezeCyclesPerLesion,
    integer: true,
    what: "the protocol's freeze-thaw cycles per lesion"
  })
  const join = flags.join === undefined ? null : idFlag(Model.ProcedureId, "join", flags.join, "prc-…")
  if (join !== null) {
    const given = openingFlags.find((name) => flags[name] !== undefined)
    if (given !== undefined)
      throw new UsageError(`--${given} cannot go with --join: the joined procedure already has its ${given}`)
  }
  const seed = seedFlag(flags.seed)
  // the values' own mistakes are said before a missing token
  const speed = speedFlag(flags.speed, 1)
  return {
    api: apiFlag(flags.api),
    token: tokenFlag(flags.token),
    /** The token came from CRYOREG_TOKEN, not --token. */
    tokenFromEnvironment: flags.token === undefined,
    join,
    patient:
      join === null
        ? idFlag(
            Model.PatientId,
            "patient",
            requiredFlag("patient", flags.patient, "the patient's pseudonymous id, or --join ID"),
            "WAW-0064"
          )
        : null,
    /** null: the patient's treated side. */
    side: sideFlag(flags.side),
    lesionsPerSide:
      flags.lesions === undefined
        ? cryo.lesionsPerSide.max
        : numberFlag("lesions", flags.lesions, lesionsRange),
    cycles,
    seed,
    speed,
    speedText: flags.speed ?? null,
    rate: numberFlag("rate", flags.rate ?? String(co2Probe.sampleRateHz), {
      min: 0.5,
      max: 100,
      what: "telemetry samples per second"
    }),
    faults,
    json: flags.json,
    operator: textFlag("operator", flags.operator ?? "device-sim"),
    serial: textFlag("serial", flags.serial ?? `SIM-A13-${String(seed).padStart(4, "0")}`),
    date: dateFlag(flags.date ?? new Date().toISOString().slice(0, 10))
  }
}

/** Options of one live procedure. */
export type ProcedureOptions = ReturnType<typeof procedureOptions>

/**
 * The command that resumes procedure `id` with the same run (the flags the replay depends on), the token
 * never printed: `--token <device token>` (or `<your token>` when this run opened it with a staff token).
 */
export const resumeCommand = (o: ProcedureOptions, id: string): string => {
  const token = o.tokenFromEnvironment ? [] : ["--token", o.join === null ? "<your token>" : "<device token>"]
  const flags = [
    ...["--join", id, ...token, "--api", o.api],
    ...(o.seed === 1 ? [] : ["--seed", String(o.seed)]),
    ...(o.cycles === cryo.freezeCyclesPerLesion.min ? [] : ["--cycles", String(o.cycles)]),
    ...(o.rate === co2Probe.sampleRateHz ? [] : ["--rate", String(o.rate)]),
    ...o.faults.flatMap((f) => ["--fault", f]),
    ...(o.speedText === null ? [] : ["--speed", o.speedText]),
    ...(o.json ? ["--json"] : [])
  ]
  return `pnpm sim procedure ${flags.join(" ")}`
}
