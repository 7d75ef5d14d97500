import type { ProtocolPhase } from "@cryoreg/contract"
import { FreezeProtocol, Protocol } from "@cryoreg/domain"
import { Effect, Either } from "effect"
import { type SimulationOptions, simulateProcedure } from "./Simulation.js"
import type { Step, Where } from "./Steps.js"

/** How far the API has stored a procedure: events by index, samples by sequence number. */
export interface Stored {
  readonly nextEventIndex: number
  readonly lastSeq: number | null
}

/** True when the API already holds this step (an event below `nextEventIndex`, a sample up to `lastSeq`). */
export const isStored = (step: Step, eventIndex: number, stored: Stored): boolean =>
  step.kind === "event"
    ? eventIndex < stored.nextEventIndex
    : step.sample !== null && stored.lastSeq !== null && step.sample.seq <= stored.lastSeq

/** What the API says of a procedure (`GET /api/procedures/:id`) that a resumed run is checked against. */
export interface StoredProcedure extends Stored {
  readonly phase: ProtocolPhase
  readonly lesions: ReadonlyArray<{
    readonly side: string
    readonly level: string
    readonly cycles: ReadonlyArray<{ readonly startedAt: number }>
  }>
}

/** Where a resumed run picks up: the first step the API does not hold (null when it holds them all). */
export interface ResumePoint extends Stored {
  readonly t: number | null
  readonly where: Where | null
}

const sameLesions = (
  replayed: ReadonlyArray<FreezeProtocol.LesionRecord>,
  stored: StoredProcedure["lesions"]
): boolean =>
  replayed.length === stored.length &&
  replayed.every((lesion, i) => {
    const other = stored[i]!
    return (
      lesion.side === other.side &&
      lesion.level === other.level &&
      lesion.freezeCycles.length === other.cycles.length &&
      lesion.freezeCycles.every((c, k) => c.startedAt === other.cycles[k]!.startedAt)
    )
  })

/**
 * Where a run with these options resumes a procedure the API holds part of. The simulation is pure and
 * deterministic for its options, so it is replayed from the start: what the API holds must be exactly the
 * first steps of the replay (the outbox sends in recording order, so a run's stored part is always a prefix),
 * and the state the domain's state machine reaches on the replayed events must be the stored one (phase,
 * closed lesions, their cycles' start times). Otherwise another run (other seed, cycles, rate or faults)
 * drove the stored part: `Left` with the reason.
 */
export const resumePoint = (
  options: SimulationOptions,
  state: StoredProcedure
): Either.Either<ResumePoint, string> => {
  const stored: Stored = { nextEventIndex: state.nextEventIndex, lastSeq: state.lastSeq }
  const events: Array<FreezeProtocol.Event> = []
  let eventIndex = 0
  let seenSeq: number | null = null
  let resume: { t: number; where: Where } | null = null
  for (const step of simulateProcedure(options)) {
    const held = isStored(step, eventIndex, stored)
    if (held && resume !== null)
      return Either.left(`the API holds a step this run records after one it does not (at ${step.t} s)`)
    if (held && step.kind === "event") events.push(step.event)
    if (held && step.kind === "tick") seenSeq = step.sample?.seq ?? seenSeq
    if (!held && resume === null && (step.kind === "event" || step.sample !== null))
      resume = { t: step.t, where: step.where }
    if (step.kind === "event") eventIndex++
  }
  if (events.length !== stored.nextEventIndex)
    return Either.left(`the API holds ${stored.nextEventIndex} events; this run records ${eventIndex}`)
  if (seenSeq !== stored.lastSeq)
    return Either.left(`the API holds samples up to number ${stored.lastSeq}; this run's differ`)
  const replayed = Effect.runSync(
    Effect.either(FreezeProtocol.applyAll(events, options.protocol ?? Protocol.study))
  )
  if (Either.isLeft(replayed)) return Either.left(`this run's events are refused: ${replayed.left.message}`)
  if (replayed.right._tag !== state.phase || !sameLesions(replayed.right.lesions, state.lesions))
    return Either.left(
      `the stored procedure (${state.phase}, ${state.lesions.length} lesions) is not this run's (${replayed.right._tag}, ${replayed.right.lesions.length} lesions)`
    )
  return Either.right({ ...stored, t: resume?.t ?? null, where: resume?.where ?? null })
}
