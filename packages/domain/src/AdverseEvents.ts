/** Adverse events: classification and Table 7 counts (patients n (%) per type). */

import { Data, Effect } from "effect"
import { EmptyCohort, type Share, share } from "./internal/cohort.js"
import type { AdverseEvent, AdverseEventType, Severity } from "./Model/AdverseEvent.js"

export { EmptyCohort, type Share } from "./internal/cohort.js"

/** The groups the study monitored (Methods, Safety Assessment). */
export type SafetyGroup =
  | "bleeding"
  | "infection"
  | "neurological deficit"
  | "procedure-related pain"
  | "sensory disturbance"
  | "other"

const groupOf: Readonly<Record<AdverseEventType, SafetyGroup>> = {
  "local hematoma": "bleeding",
  bleeding: "bleeding",
  infection: "infection",
  "temporary motor weakness": "neurological deficit",
  "permanent neurological deficit": "neurological deficit",
  "procedural pain": "procedure-related pain",
  "transient paresthesia": "sensory disturbance",
  other: "other"
}

/** An adverse event classified by group, severity and duration, as the study's Methods grade them. */
export interface Classification {
  readonly type: AdverseEventType
  readonly group: SafetyGroup
  readonly severity: Severity
  readonly serious: boolean
  readonly relatedToProcedure: boolean
  readonly outcome: "resolved" | "ongoing"
  /** Days from onset to resolution; null while ongoing. */
  readonly durationDays: number | null
}

/**
 * Classifies one adverse event.
 *
 * @example
 * AdverseEvents.classify(event).group // "sensory disturbance" for transient paresthesia
 */
export const classify = (event: AdverseEvent): Classification => ({
  type: event.type,
  group: groupOf[event.type],
  severity: event.severity,
  serious: event.serious,
  relatedToProcedure: event.relatedToProcedure,
  outcome: event.resolutionDays === null ? "ongoing" : "resolved",
  durationDays: event.resolutionDays === null ? null : event.resolutionDays - event.onsetDays
})

/** Table 7's row order; bleeding and other follow, shown only when they occurred. */
export const table7Types: ReadonlyArray<AdverseEventType> = [
  "local hematoma",
  "transient paresthesia",
  "procedural pain",
  "temporary motor weakness",
  "infection",
  "permanent neurological deficit"
]

/** One row of Table 7: patients with at least one event of the type, and how many of them resolved. */
export interface Row extends Share {
  readonly type: AdverseEventType
  /** Patients whose events of this type have all resolved. */
  readonly resolved: number
}

/** Table 7: per-type rows, then serious events and any event, each as patients n (%). */
export interface SafetyTable {
  readonly patients: number
  readonly rows: ReadonlyArray<Row>
  readonly serious: Share
  readonly any: Share
}

/** More patients had events than the cohort holds: the events and the cohort size disagree. */
export class EventsOutsideCohort extends Data.TaggedError("EventsOutsideCohort")<{
  readonly patientsWithEvents: number
  readonly cohortSize: number
  readonly message: string
}> {}

const patientsOf = (events: ReadonlyArray<AdverseEvent>) => new Set(events.map((e) => e.patientId))

/**
 * Counts adverse events as Table 7 does: each patient once per type, percent of the whole cohort.
 *
 * @example
 * Effect.runSync(AdverseEvents.table(events, 107)).rows[2] // { type: "procedural pain", n: 12, percent: 11.2… }
 */
export const table = (
  events: ReadonlyArray<AdverseEvent>,
  cohortSize: number
): Effect.Effect<SafetyTable, EmptyCohort | EventsOutsideCohort> => {
  if (!(cohortSize > 0) || !Number.isInteger(cohortSize))
    return Effect.fail(
      new EmptyCohort({ message: `cohort size is ${cohortSize}; it must be a whole number above 0` })
    )
  const withEvents = patientsOf(events).size
  if (withEvents > cohortSize)
    return Effect.fail(
      new EventsOutsideCohort({
        patientsWithEvents: withEvents,
        cohortSize,
        message: `${withEvents} patients had adverse events but the cohort has only ${cohortSize}`
      })
    )
  const extra = (["bleeding", "other"] as const).filter((t) => events.some((e) => e.type === t))
  const rows = [...table7Types, ...extra].map((type): Row => {
    const ofType = events.filter((e) => e.type === type)
    const patients = patientsOf(ofType)
    const ongoing = patientsOf(ofType.filter((e) => e.resolutionDays === null))
    return { type, ...share(patients.size, cohortSize), resolved: patients.size - ongoing.size }
  })
  return Effect.succeed({
    patients: cohortSize,
    rows,
    serious: share(patientsOf(events.filter((e) => e.serious)).size, cohortSize),
    any: share(withEvents, cohortSize)
  })
}
