import type { AdverseEventRow } from "@cryoreg/contract"
import { AdverseEvents } from "@cryoreg/domain"
import * as Stats from "@cryoreg/stats"
import { Effect, Option } from "effect"

/** An adverse event as the safety page counts it. */
export type AdverseEvent = typeof AdverseEventRow.Type

/** Where an event stands: resolved (with when), ongoing (the domain's classification). */
export const outcomeOf = (e: AdverseEvent): "resolved" | "ongoing" => AdverseEvents.classify(e).outcome

/** Events counted by type and severity (for the stacked bars), most frequent type first. */
export const byTypeAndSeverity = (events: ReadonlyArray<AdverseEvent>) => {
  const counts = new Map<
    string,
    { type: AdverseEvent["type"]; severity: AdverseEvent["severity"]; count: number }
  >()
  for (const e of events) {
    const key = `${e.type}\u0000${e.severity}`
    const seen = counts.get(key)
    counts.set(key, { type: e.type, severity: e.severity, count: (seen?.count ?? 0) + 1 })
  }
  return [...counts.values()]
}

/** The median of a sample (`Stats.describe`), null for none. */
const median = (xs: ReadonlyArray<number>): number | null =>
  Option.getOrNull(Option.map(Effect.runSync(Effect.option(Stats.describe(xs))), (d) => d.median))

/**
 * Patients with at least one event of each type, as Table 7 counts them (`AdverseEvents.table`, over the
 * patients who had any event, so it cannot refuse the cohort).
 */
const patientsByType = (events: ReadonlyArray<AdverseEvent>): ReadonlyMap<AdverseEvent["type"], number> => {
  const cohort = new Set(events.map((e) => e.patientId)).size
  if (cohort === 0) return new Map()
  const table = Effect.runSync(AdverseEvents.table(events, cohort))
  return new Map(table.rows.map((r) => [r.type, r.n]))
}

/** One row per event type: events, patients, serious, related, resolved, ongoing, median days to resolution. */
export const typeSummary = (events: ReadonlyArray<AdverseEvent>) => {
  const patients = patientsByType(events)
  const classified = events.map(AdverseEvents.classify)
  const types = [...new Set(classified.map((c) => c.type))]
  return types
    .map((type) => {
      const of = classified.filter((c) => c.type === type)
      return {
        type,
        events: of.length,
        patients: patients.get(type) ?? 0,
        serious: of.filter((c) => c.serious).length,
        related: of.filter((c) => c.relatedToProcedure).length,
        resolved: of.filter((c) => c.outcome === "resolved").length,
        ongoing: of.filter((c) => c.outcome === "ongoing").length,
        medianDaysToResolution: median(of.flatMap((c) => (c.durationDays === null ? [] : [c.durationDays])))
      }
    })
    .sort((a, b) => b.events - a.events)
}
