import { Effect, Either, Exit, Schema } from "effect"
import type { FreezeCycle, Lesion } from "../Model/Procedure.js"
import type { Protocol } from "../Protocol.js"
import { IllegalStep } from "./Errors.js"
import type { Event } from "./Events.js"
import { initial, type State } from "./State.js"
import { describeFinding } from "./Stimulation.js"
import { apply } from "./Transitions.js"

/** A procedure recorded after the fact, as the replay reads it (a `Model.Procedure` is one). */
export interface RecordedProcedure {
  readonly lesions: ReadonlyArray<Lesion>
}

/** Where a value sits in a recorded procedure, e.g. `["lesions", 2, "freezeCycles", 0, "endedAt"]`. */
export type RecordPath = ReadonlyArray<string | number>

/** One thing the protocol refuses in a recorded procedure: the field, a sentence, and the refused step. */
export const RecordedIssue = Schema.Struct({
  path: Schema.Array(Schema.Union(Schema.String, Schema.Number)),
  message: Schema.String,
  step: IllegalStep
})
export type RecordedIssue = typeof RecordedIssue.Type

/** A recorded procedure the freeze protocol does not allow, with every lesion's first refused step (`message`: each issue after its lesion's number). */
export class RecordedProcedureRefused extends Schema.TaggedError<RecordedProcedureRefused>()(
  "RecordedProcedureRefused",
  { issues: Schema.Array(RecordedIssue), message: Schema.String }
) {}

/**
 * "7:05": a time in seconds from the start of the procedure as minutes and seconds (tenths kept).
 *
 * @example
 * FreezeProtocol.clockTime(425) // "7:05"
 */
export const clockTime = (seconds: number): string => {
  const tenths = Math.round(seconds * 10)
  const minutes = Math.floor(tenths / 600)
  const rest = (tenths - minutes * 600) / 10
  return `${minutes}:${rest < 10 ? "0" : ""}${rest}`
}

/**
 * When a cycle's passive thaw counts as complete in the replay. A retrospective record often lacks the
 * thaw time, so the model keeps it nullable and the replay agrees: an unrecorded thaw counts as complete
 * when the freeze ended, the earliest it can have been. Nothing recorded is then judged against a time
 * nobody wrote down, while a recorded thaw is checked like every other time (after its freeze's end,
 * before the next freeze starts).
 *
 * @example
 * FreezeProtocol.thawTimeOf({ startedAt: 0, endedAt: 120, thawCompletedAt: null, targetTemperatureC: -78, reachedTemperatureC: -78 }) // 120
 */
export const thawTimeOf = (cycle: FreezeCycle): number => cycle.thawCompletedAt ?? cycle.endedAt

// Where an event of a lesion comes from: its path and words are made only when a step is refused (a
// replay of an imported file makes some eighty events a procedure, nearly all of them allowed), from
// these plain fields (no closures: an import replays every procedure it adds).
interface Located {
  readonly event: Event
  /** The lesion's index. */
  readonly i: number
  /** What of the lesion: its level, its stimulation test, a cycle's time, or the lesion closed. */
  readonly at: "level" | "stimulation" | "cycle" | "lesion"
  /** A cycle's time: the cycle, its index and which of its times (`cycleTimes`); else null, -1, -1. */
  readonly cycle: FreezeCycle | null
  readonly k: number
  readonly j: number
}

const cycleTimes = [
  ["startedAt", "the freeze start"],
  ["endedAt", "the freeze end"],
  ["thawCompletedAt", "the thaw end"]
] as const

const pathOf = (l: Located): RecordPath =>
  l.at === "cycle"
    ? ["lesions", l.i, "freezeCycles", l.k, cycleTimes[l.j]![0]]
    : l.at === "lesion"
      ? ["lesions", l.i, "freezeCycles"]
      : ["lesions", l.i, l.at]

/** What the event's time is called, e.g. "the freeze end of lesion 2, cycle 1". */
const labelOf = (l: Located): string =>
  l.at !== "cycle"
    ? ""
    : `${l.j === 2 && l.cycle?.thawCompletedAt === null ? "the freeze end" : cycleTimes[l.j]![1]} of lesion ${l.i + 1}, cycle ${l.k + 1}`

const cycleTags = ["FreezeStarted", "FreezeEnded", "ThawCompleted"] as const

const locatedEvents = (lesion: Lesion, i: number): Array<Located> => {
  const located: Array<Located> = [
    {
      event: { _tag: "ProbePositioned", side: lesion.side, level: lesion.level },
      i,
      at: "level",
      cycle: null,
      k: -1,
      j: -1
    },
    {
      event: { _tag: "StimulationTested", ...lesion.stimulation },
      i,
      at: "stimulation",
      cycle: null,
      k: -1,
      j: -1
    }
  ]
  const cycles = lesion.freezeCycles
  for (let k = 0; k < cycles.length; k++) {
    const cycle = cycles[k]!
    const times = [cycle.startedAt, cycle.endedAt, thawTimeOf(cycle)] as const
    for (let j = 0; j < 3; j++)
      located.push({ event: { _tag: cycleTags[j]!, t: times[j]! }, i, at: "cycle", cycle, k, j })
  }
  located.push({ event: { _tag: "LesionCompleted" }, i, at: "lesion", cycle: null, k: -1, j: -1 })
  return located
}

/**
 * The protocol events a recorded procedure stands for, in order: per lesion the probe placed, its
 * stimulation test, each cycle's freeze start, freeze end and thaw (`thawTimeOf`), the lesion closed; then
 * the procedure closed.
 *
 * @example
 * Effect.runSync(FreezeProtocol.applyAll(FreezeProtocol.recordedEvents(procedure), Protocol.study))._tag // "Completed"
 */
export const recordedEvents = (procedure: RecordedProcedure): Array<Event> => [
  ...procedure.lesions.flatMap((lesion, i) => locatedEvents(lesion, i).map((l) => l.event)),
  { _tag: "ProcedureCompleted" }
]

const capitalized = (s: string) => `${s[0]?.toUpperCase() ?? ""}${s.slice(1)}`

const stimulationField = {
  "no-test": "voltagesTried",
  "wrong-frequency": "frequencyHz",
  "voltage-not-reached": "voltagesTried",
  "motor-response": "motorResponseAtVoltage"
} as const

const issueOf = (
  step: IllegalStep,
  located: Located,
  previous: { readonly located: Located; readonly t: number } | null,
  lesion: Lesion,
  i: number,
  protocol: Protocol
): RecordedIssue => {
  const issue = (path: RecordPath, message: string): RecordedIssue => ({ path, message, step })
  switch (step._tag) {
    case "FreezeWithoutNegativeStimulation":
      return issue(
        ["lesions", i, "stimulation", stimulationField[step.finding]],
        `No freeze is allowed after this test: ${describeFinding(step.finding, step.test, protocol)}`
      )
    case "TooManyFreezeCycles":
      return issue(
        ["lesions", i, "freezeCycles"],
        `${lesion.freezeCycles.length} freeze-thaw cycles; the protocol allows at most ${step.maxCycles} per lesion`
      )
    case "LesionWithoutFreeze":
      return issue(
        ["lesions", i, "freezeCycles"],
        "No freeze-thaw cycle recorded: a lesion needs at least one"
      )
    case "UnexpectedEvent": {
      const t = "t" in located.event ? located.event.t : null
      if (t !== null && previous !== null && t < previous.t)
        return issue(
          pathOf(located),
          `${capitalized(labelOf(located))} (${clockTime(t)}) is before ${labelOf(previous.located)} (${clockTime(previous.t)}); the times of a procedure go forward`
        )
      return issue(pathOf(located), step.message)
    }
    default:
      return issue(pathOf(located), step.message)
  }
}

// A step's answer: read off when the step is already decided (an Exit: `Effect.succeed`, `Effect.fail`),
// else by running it. A replay has some ten steps per lesion; a fiber for each costs more than the rule.
const eitherOf = <A, E>(step: Effect.Effect<A, E>): Either.Either<A, E> => {
  if (Exit.isExit(step)) {
    const exit = step as Exit.Exit<A, E>
    if (Exit.isSuccess(exit)) return Either.right(exit.value)
    if (exit.cause._tag === "Fail") return Either.left(exit.cause.error)
  }
  return Effect.runSync(Effect.either(step))
}

const run = (procedure: RecordedProcedure, protocol: Protocol) => {
  let state: State = initial(protocol)
  let previous: { readonly located: Located; readonly t: number } | null = null
  const issues: Array<RecordedIssue> = []
  procedure.lesions.forEach((lesion, i) => {
    let s = state
    let last = previous
    for (const located of locatedEvents(lesion, i)) {
      const next = eitherOf(apply(s, located.event, protocol))
      if (Either.isLeft(next)) {
        issues.push(issueOf(next.left, located, last, lesion, i, protocol))
        return
      }
      s = next.right
      if ("t" in located.event) last = { located, t: located.event.t }
    }
    state = s
    previous = last
  })
  return { state, issues }
}

/**
 * Everything the freeze protocol refuses in a recorded procedure, every lesion judged (a refused lesion
 * is left out, and the next one is replayed from where the procedure stood before it); empty when it is
 * allowed. Paths name the field, e.g. `lesions.2.freezeCycles.0.endedAt`.
 *
 * @example
 * FreezeProtocol.recordedIssues(procedure, Protocol.study).map((i) => i.path.join(".")) // ["lesions.0.stimulation.motorResponseAtVoltage"]
 */
export const recordedIssues = (procedure: RecordedProcedure, protocol: Protocol): Array<RecordedIssue> =>
  run(procedure, protocol).issues

/**
 * Replays a recorded procedure through the freeze protocol (`recordedEvents`): its completed state, or
 * every refused step with the field it comes from.
 *
 * @example
 * Effect.runSync(FreezeProtocol.replayRecorded(procedure, Protocol.study)).lesions.length // 7
 */
export const replayRecorded = (
  procedure: RecordedProcedure,
  protocol: Protocol
): Effect.Effect<State, RecordedProcedureRefused> => {
  const { state, issues } = run(procedure, protocol)
  if (issues.length > 0)
    return Effect.fail(
      new RecordedProcedureRefused({
        issues,
        message: issues.map((i) => `Lesion ${Number(i.path[1]) + 1}: ${i.message}`).join("; ")
      })
    )
  return apply(state, { _tag: "ProcedureCompleted" }, protocol).pipe(Effect.orDie)
}
