import {
  ApiError,
  type Client,
  type LiveProcedure,
  type LiveProcedureState,
  makeClient
} from "@cryoreg/contract"
import { FreezeProtocol, type Model, Protocol } from "@cryoreg/domain"
import { Either } from "effect"
import { jsonProgress, textProgress } from "../procedure/Progress.js"
import { type ResumePoint, resumePoint } from "../procedure/Resume.js"
import { runProcedure } from "../procedure/Runner.js"
import type { SimulationOptions } from "../procedure/Simulation.js"
import { apiTransport, fetchWithTimeout } from "../procedure/Transport.js"
import { describeApiError, endedText, isMissingRoute } from "./ApiErrors.js"
import { RunError } from "./Args.js"
import { exitCodeOf, listenForInterrupts } from "./Interrupt.js"
import { type ProcedureOptions, resumeCommand } from "./ProcedureOptions.js"

export { type ProcedureOptions, procedureOptions } from "./ProcedureOptions.js"

/** The procedure a run drives: its id and side, the client that writes it, what the API holds of it. */
interface Target {
  readonly procedure: LiveProcedure
  readonly id: Model.ProcedureId
  readonly patientId: Model.PatientId
  readonly side: Model.TreatedSide
  readonly lesionsPerSide: number
  readonly device: Client
  readonly state: LiveProcedureState | null
}

const notFound = (error: unknown) =>
  error instanceof ApiError && error.status === 404 && !isMissingRoute(error)

/** Opens the patient's procedure (on the patient's treated side unless `--side`), with the device token. */
const open = async (o: ProcedureOptions, patient: Model.PatientId): Promise<Target> => {
  const client = makeClient({ baseUrl: o.api, token: o.token, fetch: fetchWithTimeout(30_000) })
  const fail = (doing: string) => (error: unknown) => {
    if (notFound(error))
      throw new RunError(`no patient "${patient}" at ${o.api} (${(error as Error).message})`)
    throw describeApiError(error, o.api, doing)
  }
  const side =
    o.side ??
    (await client
      .getPatient({ params: { id: patient } })
      .then((detail) => detail.patient.treatedSide, fail(`read patient ${patient}'s treated side`)))
  const created = await client
    .createLiveProcedure({
      params: { id: patient },
      body: {
        side,
        lesionsPerSide: o.lesionsPerSide,
        deviceSerial: o.serial,
        operator: o.operator,
        date: o.date
      }
    })
    .catch(fail(`open a live procedure for patient ${patient}`))
  const device = makeClient({ baseUrl: o.api, token: created.deviceToken, fetch: fetchWithTimeout(15_000) })
  return {
    procedure: created.procedure,
    id: created.procedure.id,
    patientId: patient,
    side,
    lesionsPerSide: o.lesionsPerSide,
    device,
    state: null
  }
}

/** Reads an open procedure with the token given (a device token, or staff of its center). */
const join = async (o: ProcedureOptions, id: Model.ProcedureId): Promise<Target> => {
  const device = makeClient({ baseUrl: o.api, token: o.token, fetch: fetchWithTimeout(15_000) })
  const state = await device.getLiveProcedure({ params: { id } }).catch((error: unknown) => {
    if (notFound(error))
      throw new RunError(
        `no procedure "${id}" at ${o.api}: check the id (the dashboard's live procedure page shows it) and that the token is of that procedure's center or device`
      )
    throw describeApiError(error, o.api, `read procedure ${id}`)
  })
  const { procedure } = state
  // read with a staff token: an aborted procedure takes no more steps (a completed one has nothing left to send)
  if (procedure.mode === "aborted") throw new RunError(endedText(id, procedure.mode, procedure.endedAt))
  return {
    procedure,
    id,
    patientId: procedure.patientId,
    side: procedure.side,
    lesionsPerSide: procedure.lesionsPerSide,
    device,
    state
  }
}

const where = (point: ResumePoint) =>
  point.where === null
    ? "nothing left to send"
    : point.nextEventIndex === 0 && point.lastSeq === null
      ? "nothing stored yet, starting"
      : `resuming at lesion ${Math.max(1, point.where.lesion)}/${point.where.lesions}, device time ${point.t?.toFixed(1)} s (${point.nextEventIndex} events and ${point.lastSeq === null ? 0 : point.lastSeq + 1} samples already stored)`

/** How a run ended: 0 completed, or the exit code of the signal that interrupted it (130 SIGINT, 143 SIGTERM). */
export type ProcedureExit = 0 | 130 | 143

/**
 * `device-sim procedure`: opens a live procedure for the patient (or, with `--join`, reads an open one and
 * resumes it from what the API holds), runs it on the simulated probe and sends its events and telemetry
 * through the typed client; prints a summary. On SIGINT or SIGTERM it takes no new step, sends what it holds,
 * prints on stderr how to resume, and ends with 130 or 143 (see `listenForInterrupts`).
 */
export const procedureCommand = async (
  o: ProcedureOptions,
  write: (text: string) => void,
  terminal: boolean
): Promise<ProcedureExit> => {
  const interrupts = listenForInterrupts()
  try {
    const target = o.join === null ? await open(o, o.patient!) : await join(o, o.join)
    const { id } = target
    const resumeHint = `resume with: ${resumeCommand(o, id)}`
    interrupts.resumeHint = resumeHint
    const simulation: SimulationOptions = {
      side: target.side,
      lesionsPerSide: target.lesionsPerSide,
      cycles: o.cycles,
      seed: o.seed,
      faults: o.faults,
      parameters: { sampleRateHz: o.rate }
    }
    const point = target.state === null ? null : resumePoint(simulation, target.state)
    if (point !== null && Either.isLeft(point))
      throw new RunError(
        `cannot resume procedure ${id} with this run: ${point.left}; run it with the --seed, --cycles, --rate and --fault of the run that began it`
      )
    const resume = point === null ? undefined : point.right
    const intro = o.join === null ? "live procedure" : "joined live procedure"
    if (o.json)
      write(`${JSON.stringify({ type: "procedure", procedure: target.procedure, resume: resume ?? null })}\n`)
    else
      write(
        `${intro} ${id} for patient ${target.patientId}: ${target.side}, ${target.lesionsPerSide} lesions a side, speed ${o.speed === Number.POSITIVE_INFINITY ? "max" : `${o.speed}×`}${resume === undefined ? "" : `; ${where(resume)}`}\n`
      )
    const progress = o.json ? jsonProgress(write, resume?.nextEventIndex ?? 0) : textProgress(write, terminal)
    // The summary is what the API answered along the way: a device token ends with its procedure, so the
    // device cannot read a completed procedure back.
    let phase: string = target.state?.phase ?? "NotStarted"
    const deviations = [...(target.state?.deviations ?? [])]
    const result = await runProcedure({
      simulation,
      transport: apiTransport(target.device, id),
      speed: o.speed,
      signal: interrupts.signal,
      ...(resume === undefined ? {} : { resume }),
      onStep: progress.onStep,
      onRetry: progress.onRetry,
      onEvents: (answer) => {
        phase = answer.phase
        deviations.push(...answer.deviations)
        progress.onEvents(answer)
      }
    })
      .catch((error: unknown) => {
        const failure = describeApiError(error, o.api, `record procedure ${id}`)
        // A refused step is not helped by running again, nor is a procedure that ended (410 ProcedureEnded);
        // an API that stopped answering, or a device token reissued in the dashboard (401), is.
        const refused =
          error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401
        throw refused ? failure : new RunError(`${failure.message}; ${resumeHint}`)
      })
      .finally(progress.close)
    const { stats } = result
    if (result.interrupted) {
      const signal = interrupts.signal.reason as NodeJS.Signals
      if (o.json) write(`${JSON.stringify({ type: "interrupted", procedureId: id, signal, stats })}\n`)
      process.stderr.write(
        `device-sim: interrupted (${signal}) with everything recorded stored; ${resumeHint}\n`
      )
      return exitCodeOf(signal)
    }
    const lesions = FreezeProtocol.planLesions(target.side, target.lesionsPerSide, Protocol.study).length
    const samples = (target.state?.samples ?? 0) + stats.samplesStored
    if (o.json) {
      write(`${JSON.stringify({ type: "done", procedureId: id, phase, lesions, deviations, stats })}\n`)
      return 0
    }
    const listed = deviations.length === 0 ? "none" : deviations.map((d) => d.message).join("; ")
    write(
      `procedure ${id}: ${phase}, ${lesions} lesions, ${samples} samples stored (${stats.samplesStored} new of ${stats.samplesSent} sent, ${stats.retries} retries); deviations: ${listed}\n`
    )
    return 0
  } finally {
    interrupts.dispose()
  }
}
