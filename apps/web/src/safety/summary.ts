import type { AdverseEventRow } from "@cryoreg/contract"

/** An adverse event as the safety page counts it. */
export type AdverseEvent = typeof AdverseEventRow.Type

/** Where an event stands: resolved (with when), ongoing. */
export const outcomeOf = (e: AdverseEvent): "resolved" | "ongoing" =>
  e.resolutionDays === null ? "ongoing" : "resolved"

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

/** One row per event type: events, patients, serious, related, resolved, ongoing, median days to resolution. */
export const typeSummary = (events: ReadonlyArray<AdverseEvent>) => {
  const types = [...new Set(events.map((e) => e.type))]
  return types
    .map((type) => {
      const of = events.filter((e) => e.type === type)
      const days = of
        .flatMap((e) => (e.resolutionDays === null ? [] : [e.resolutionDays - e.onsetDays]))
        .sort((a, b) => a - b)
      const mid = days.length / 2
      const median =
        days.length === 0
          ? null
          : days.length % 2 === 1
            ? days[Math.floor(mid)]!
            : (days[mid - 1]! + days[mid]!) / 2
      return {
        type,
        events: of.length,
        patients: new Set(of.map((e) => e.patientId)).size,
        serious: of.filter((e) => e.serious).length,
        related: of.filter((e) => e.relatedToProcedure).length,
        resolved: of.filter((e) => outcomeOf(e) === "resolved").length,
        ongoing: of.filter((e) => outcomeOf(e) === "ongoing").length,
        medianDaysToResolution: median
      }
    })
    .sort((a, b) => b.events - a.events)
}
