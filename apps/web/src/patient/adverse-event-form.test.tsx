import { Model } from "@cryoreg/domain"
import { fireEvent, render, screen } from "@solidjs/testing-library"
import { describe, expect, it, vi } from "vitest"
import { AdverseEventForm } from "./adverse-event-form"

const event = Model.AdverseEvent.make({
  id: Model.AdverseEventId.make("ae-1"),
  patientId: Model.PatientId.make("WAW-0001"),
  type: "transient paresthesia",
  severity: "mild",
  serious: false,
  onsetDays: 1,
  resolutionDays: null,
  relatedToProcedure: true
})

describe("<AdverseEventForm /> correcting an event", () => {
  it("changes only what a correction may change and sends it with the reason", async () => {
    const correct = vi.fn(() => Promise.resolve())
    render(() => <AdverseEventForm correcting={event} create={vi.fn()} correct={correct} done={vi.fn()} />)
    // The type and the onset stay as reported.
    expect(screen.queryByLabelText("Type")).toBeNull()
    expect(screen.queryByLabelText("Onset (days after the procedure)")).toBeNull()
    fireEvent.change(screen.getByLabelText("Severity"), { target: { value: "moderate" } })
    fireEvent.input(screen.getByLabelText("Resolved (days after; empty if ongoing)"), {
      target: { value: "14" }
    })
    fireEvent.input(screen.getByLabelText("Reason for the correction"), {
      target: { value: "resolution reported at the 3-month visit" }
    })
    fireEvent.click(screen.getByRole("button", { name: "Save the correction" }))
    await vi.waitFor(() =>
      expect(correct).toHaveBeenCalledWith("ae-1", {
        severity: "moderate",
        serious: false,
        resolutionDays: 14,
        relatedToProcedure: true,
        reason: "resolution reported at the 3-month visit"
      })
    )
  })
})
