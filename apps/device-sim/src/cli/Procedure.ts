import { ApiError, makeClient } from "@cryoreg/contract"
import { Model, Protocol } from "@cryoreg/domain"
import { Either, Schema } from "effect"
import { co2Probe } from "../probe/Parameters.js"
import { type FaultName, faultNames, isFaultName } from "../procedure/Faults.js"
import { jsonProgress, textProgress } from "../procedure/Progress.js"
import { runProcedure } from "../procedure/Runner.js"
import { apiTransport, fetchWithTimeout } from "../procedure/Transport.js"
import { describeApiError, isMissingRoute } from "./ApiErrors.js"
import {
  apiFlag,
  type Flags,
  numberFlag,
  RunError,
  requiredFlag,
  speedFlag,
  tokenFlag,
  UsageError
} from "./Args.js"

const decodeOr = <A, I>(schema: Schema.Schema<A, I>, flag: string, text: string): A => {
  const result = Schema.decodeUnknownEither(schema)(text)
  if (Either.isLeft(result))
    throw new UsageError(
      `--${flag} "${text}" is not valid: ${result.left.message.split("\n").at(-1)?.trim()}`
    )
  return result.right
}

/** The options of `device-sim procedure`, checked. */
export const procedureOptions = (flags: Flags) => {
  const faults = (flags.fault ?? []).map((name): FaultName => {
    if (!isFaultName(name)) throw new UsageError(`--fault "${name}" is not one of ${faultNames.join(", ")}`)
    return name
  })
  const side = flags.side ?? "right"
  if (!Model.TreatedSide.literals.includes(side as Model.TreatedSide))
    throw new UsageError(`--side must be left, right or bilateral, got "${side}"`)
  const { min, max } = Protocol.study.cryo.freezeCyclesPerLesion
  const cycles = numberFlag("cycles", flags.cycles ?? String(min), min, true)
  if (cycles > max)
    throw new UsageError(`--cycles must be at most ${max} (the protocol's freeze-thaw cycles per lesion)`)
  return {
    api: apiFlag(flags.api),
    token: tokenFlag(flags.token),
    patient: decodeOr(
      Model.PatientId,
      "patient",
      requiredFlag("patient", flags.patient, "the patient's pseudonymous id")
    ),
    side: side as Model.TreatedSide,
    lesionsPerSide: numberFlag("lesions", flags.lesions ?? "7", 1, true),
    cycles,
    seed: numberFlag("seed", flags.seed, 0, true),
    speed: speedFlag(flags.speed, 1),
    rate: numberFlag("rate", flags.rate ?? String(co2Probe.sampleRateHz), 0.5),
    faults,
    json: flags.json,
    operator: flags.operator ?? "device-sim",
    serial: flags.serial ?? `SIM-A13-${String(numberFlag("seed", flags.seed, 0, true)).padStart(4, "0")}`,
    date: decodeOr(Model.CalendarDate, "date", flags.date ?? new Date().toISOString().slice(0, 10))
  }
}

/** Options of one live procedure. */
export type ProcedureOptions = ReturnType<typeof procedureOptions>

/**
 * `device-sim procedure`: opens a live procedure for the patient, runs it on the simulated probe and sends
 * its events and telemetry through the typed client with the device token the API gave; prints a summary.
 */
export const procedureCommand = async (
  o: ProcedureOptions,
  write: (text: string) => void,
  terminal: boolean
) => {
  const client = makeClient({ baseUrl: o.api, token: o.token, fetch: fetchWithTimeout(30_000) })
  const created = await client
    .createLiveProcedure({
      params: { id: o.patient },
      body: {
        side: o.side,
        lesionsPerSide: o.lesionsPerSide,
        deviceSerial: o.serial,
        operator: o.operator,
        date: o.date
      }
    })
    .catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404 && !isMissingRoute(error))
        throw new RunError(`no patient "${o.patient}" at ${o.api} (${error.message})`)
      throw describeApiError(error, o.api, `open a live procedure for patient ${o.patient}`)
    })
  const id = created.procedure.id
  if (o.json) write(`${JSON.stringify({ type: "procedure", procedure: created.procedure })}\n`)
  else
    write(
      `live procedure ${id} for patient ${o.patient}: ${o.side}, ${o.lesionsPerSide} lesions a side, speed ${o.speed === Number.POSITIVE_INFINITY ? "max" : `${o.speed}×`}\n`
    )
  const device = makeClient({ baseUrl: o.api, token: created.deviceToken, fetch: fetchWithTimeout(15_000) })
  const progress = o.json ? jsonProgress(write) : textProgress(write, terminal)
  const result = await runProcedure({
    simulation: {
      side: o.side,
      lesionsPerSide: o.lesionsPerSide,
      cycles: o.cycles,
      seed: o.seed,
      faults: o.faults,
      parameters: { sampleRateHz: o.rate }
    },
    transport: apiTransport(device, id),
    speed: o.speed,
    onStep: progress.onStep,
    onRetry: progress.onRetry,
    onEvents: progress.onEvents
  })
    .catch((error: unknown) => {
      throw describeApiError(error, o.api, `record procedure ${id}`)
    })
    .finally(progress.close)
  const state = await device.getLiveProcedure({ params: { id } }).catch((error: unknown) => {
    throw describeApiError(error, o.api, `read procedure ${id} back`)
  })
  const { stats } = result
  if (o.json) {
    write(
      `${JSON.stringify({ type: "done", procedureId: id, phase: state.phase, lesions: state.lesions.length, deviations: state.deviations, stats })}\n`
    )
    return
  }
  const deviations =
    state.deviations.length === 0 ? "none" : state.deviations.map((d) => d.message).join("; ")
  write(
    `procedure ${id}: ${state.phase}, ${state.lesions.length} lesions stored, ${state.samples} samples (${stats.samplesStored} new of ${stats.samplesSent} sent, ${stats.retries} retries); deviations: ${deviations}\n`
  )
}
