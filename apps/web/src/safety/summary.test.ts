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

  it("counts events by type and severity", () => {
    const counts = byTypeAndSeverity(events)
    expect(counts).toContainEqual({ type: "procedural pain", severity: "mild", count: 2 })
    expect(counts).toContainEqual({ type: "procedural pain", severity: "moderate", count: 1 })
    expect(counts).toHaveLength(3)
  })
})
