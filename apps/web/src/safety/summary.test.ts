import { Model } from "@cryoreg/domain"
import { describe, expect, it } from "vitest"
import { type AdverseEvent, byTypeAndSeverity, typeSummary } from "./summary"

let k = 0
const event = (
  patient: string,
  type: AdverseEvent["type"],
  severity: AdverseEvent["severity"],
  onsetDays: number,
  resolutionDays: number | null
): AdverseEvent => ({
  id: Model.AdverseEventId.make(`ae-${k++}`),
  patientId: Model.PatientId.make(patient),
  centerId: Model.CenterId.make("waw"),
  type,
  severity,
  serious: false,
  onsetDays,
  resolutionDays,
  relatedToProcedure: true
})

describe("adverse event summaries", () => {
  const events = [
    event("p1", "procedural pain", "mild", 0, 1),
    event("p2", "procedural pain", "moderate", 0, 3),
    event("p2", "procedural pain", "mild", 1, 2),
    event("p3", "transient paresthesia", "mild", 2, null)
  ]

  it("counts events and patients per type, most frequent first, with the median days to resolution", () => {
    const [pain, paresthesia] = typeSummary(events)
    expect(pain).toMatchObject({ type: "procedural pain", events: 3, patients: 2, resolved: 3, ongoing: 0 })
    // durations 1, 3, 1 → median 1
    expect(pain?.medianDaysToResolution).toBe(1)
    expect(paresthesia).toMatchObject({ events: 1, resolved: 0, ongoing: 1, medianDaysToResolution: null })
  })

  it("agrees with a small cohort counted by hand", () => {
    const serious = (e: AdverseEvent): AdverseEvent => ({ ...e, serious: true, relatedToProcedure: false })
    const cohort = [
      event("p1", "local hematoma", "mild", 0, 4),
      event("p1", "local hematoma", "mild", 10, 12),
      serious(event("p2", "local hematoma", "severe", 1, 8)),
      event("p3", "local hematoma", "moderate", 3, 6),
      event("p4", "local hematoma", "mild", 2, null),
      event("p4", "other", "mild", 5, 5)
    ]
    // hematoma: 5 events in 4 patients; 1 serious, 4 related; 4 resolved after 4, 2, 7 and 3 days
    // (sorted 2, 3, 4, 7: median 3.5), 1 ongoing. Other: one event resolved the day it began.
    expect(typeSummary(cohort)).toEqual([
      {
        type: "local hematoma",
        events: 5,
        patients: 4,
        serious: 1,
        related: 4,
        resolved: 4,
        ongoing: 1,
        medianDaysToResolution: 3.5
      },
      {
        type: "other",
        events: 1,
        patients: 1,
        serious: 0,
        related: 1,
        resolved: 1,
        ongoing: 0,
        medianDaysToResolution: 0
      }
    ])
    expect(typeSummary([])).toEqual([])
  })

  it("counts events by type and severity", () => {
    const counts = byTypeAndSeverity(events)
    expect(counts).toContainEqual({ type: "procedural pain", severity: "mild", count: 2 })
    expect(counts).toContainEqual({ type: "procedural pain", severity: "moderate", count: 1 })
    expect(counts).toHaveLength(3)
  })
})
