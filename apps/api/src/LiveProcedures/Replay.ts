import type { LesionView, LiveProcedureState, ProtocolEvent } from "@cryoreg/contract"
import { FreezeProtocol, type Model, Protocol } from "@cryoreg/domain"
import { Effect, Schema } from "effect"
import type { ProcedureRow } from "./Repo.js"

/** The protocol live procedures run under. */
export const protocol = Protocol.study

const decodeSample = Schema.decodeUnknownSync(Schema.parseJson(FreezeProtocol.Telemetry.fields.sample))

/** The latest stored sample of a procedure row. */
export const lastSampleOf = (row: ProcedureRow): Model.TelemetrySample | null =>
  row.last_sample === null ? null : decodeSample(row.last_sample)

/**
 * The state machine where a procedure stands: its stored events replayed, with the latest sample and device
 * time of its telemetry (samples are not replayed: cycles read theirs from the telemetry table).
 */
export const replay = (row: ProcedureRow, events: ReadonlyArray<ProtocolEvent>) =>
  FreezeProtocol.applyAll(events, protocol).pipe(
    Effect.map(
      (state): FreezeProtocol.State => ({
        ...state,
        lastSample: lastSampleOf(row),
        clock: Math.max(state.clock ?? 0, row.clock ?? 0)
      })
    ),
    // Stored events were accepted by the same machine: a replay that fails is a defect.
    Effect.orDie
  )

/** The state that decides telemetry alone: sequence and time must pass the latest ones. */
export const telemetryState = (row: ProcedureRow): FreezeProtocol.State => ({
  _tag: row.mode === "completed" ? "Completed" : "Idle",
  lesions: [],
  lastSample: lastSampleOf(row),
  clock: row.clock
})

type Lesion = FreezeProtocol.LesionRecord

const withoutSamples = (lesion: Lesion): FreezeProtocol.SummarizedLesion => ({
  side: lesion.side,
  level: lesion.level,
  freezeCycles: lesion.freezeCycles.map(({ samples: _, ...cycle }) => cycle)
})

/** Deviations of the lesion just closed (index `i` of `lesions`), its cycles judged on their telemetry. */
export const lesionDeviations = (
  row: ProcedureRow,
  lesions: ReadonlyArray<Lesion>,
  i: number,
  samples: ReadonlyArray<ReadonlyArray<Model.TelemetrySample>>
): Array<FreezeProtocol.SummaryDeviation> => {
  const judged = lesions.map((lesion, k) => {
    const bare = withoutSamples(lesion)
    if (k !== i) return bare
    return { ...bare, freezeCycles: bare.freezeCycles.map((c, n) => ({ ...c, samples: samples[n] ?? [] })) }
  })
  return FreezeProtocol.summarize({ side: row.side, lesions: judged }, protocol).deviations.filter(
    (d) => d.lesion === i
  )
}

// Every deviation of the lesions as recorded, their telemetry left aside.
const recordedDeviations = (row: ProcedureRow, lesions: ReadonlyArray<Lesion>) =>
  FreezeProtocol.summarize({ side: row.side, lesions: lesions.map(withoutSamples) }, protocol).deviations

/** The procedure-wide rules, judged when it is completed: lesions per side and levels covered. */
export const completionDeviations = (
  row: ProcedureRow,
  lesions: ReadonlyArray<Lesion>
): Array<FreezeProtocol.SummaryDeviation> => recordedDeviations(row, lesions).filter((d) => d.lesion === null)

type Evaluations = ReadonlyMap<string, FreezeProtocol.CycleEvaluation>

/** Key of a cycle's evaluation. */
export const cycleKey = (lesion: number, cycle: number) => `${lesion}:${cycle}`

/** The closed lesions with their evaluated cycles (the coldest tip comes from the telemetry). */
export const lesionViews = (lesions: ReadonlyArray<Lesion>, evaluations: Evaluations): Array<LesionView> =>
  lesions.map((lesion, i) => ({
    side: lesion.side,
    level: lesion.level,
    stimulation: lesion.stimulation,
    cycles: lesion.freezeCycles.flatMap(({ samples: _, ...cycle }, k) => {
      const evaluation = evaluations.get(cycleKey(i, k))
      if (evaluation === undefined) return []
      return [{ ...cycle, reachedTemperatureC: evaluation.coldestTemperatureC, evaluation }]
    })
  }))

/** The probe's position and gate, when one is in place. */
export const currentOf = (state: FreezeProtocol.State): LiveProcedureState["current"] => {
  if (!("current" in state)) return null
  const { current } = state
  return {
    side: current.side,
    level: current.level,
    stimulation: current.stimulation,
    finding: FreezeProtocol.stimulationFinding(current.stimulation, protocol),
    cyclesDone: current.freezeCycles.length
  }
}

/** The clinical record a completed live procedure becomes (duration from the device clock). */
export const procedureRecord = (row: ProcedureRow, views: ReadonlyArray<LesionView>, clock: number) => ({
  date: row.date,
  operator: row.operator,
  side: row.side,
  deviceSerial: row.device_serial,
  durationMinutes: Math.min(24 * 60, Math.max(1, Math.round((clock / 60) * 10) / 10)),
  lesions: views.map((l) => ({
    side: l.side,
    level: l.level,
    stimulation: l.stimulation,
    freezeCycles: l.cycles.map(({ evaluation: _, ...cycle }) => cycle)
  }))
})

/**
 * A procedure's stored deviations, or null when one of them was stored before deviations carried their facts
 * as data (`params`): the dashboard words a deviation from them.
 */
export const storedDeviations = (
  stored: ReadonlyArray<FreezeProtocol.SummaryDeviation | null>
): Array<FreezeProtocol.SummaryDeviation> | null =>
  stored.every((d): d is FreezeProtocol.SummaryDeviation => d !== null) ? [...stored] : null

/** The deviations of a procedure whose stored ones predate `params`, judged again on its lesions without telemetry. */
export const rejudgedDeviations = (
  row: ProcedureRow,
  lesions: ReadonlyArray<Lesion>
): Array<FreezeProtocol.SummaryDeviation> =>
  recordedDeviations(row, lesions).filter((d) => row.mode === "completed" || d.lesion !== null)
