import { Model } from "@cryoreg/domain"
import { fireEvent, render, screen, within } from "@solidjs/testing-library"
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

const related = () => screen.getByRole("group", { name: "Related to the procedure" })

describe("<AdverseEventForm /> reporting an event", () => {
  it("has no answer to 'related to the procedure' until the reporter gives one, and says so beside it", async () => {
    const create = vi.fn(() => Promise.resolve())
    render(() => <AdverseEventForm submit={create} done={vi.fn()} />)
    const [yes, no] = within(related()).getAllByRole("radio") as Array<HTMLInputElement>
    expect([yes?.checked, no?.checked]).toEqual([false, false])
    fireEvent.change(screen.getByLabelText("Type"), { target: { value: "local hematoma" } })
    fireEvent.change(screen.getByLabelText("Severity"), { target: { value: "mild" } })
    fireEvent.input(screen.getByLabelText("Onset (days after the procedure)"), { target: { value: "1" } })
    fireEvent.click(screen.getByRole("button", { name: "Report the event" }))
    expect(related().textContent).toContain("Choose related to the procedure: yes or no")
    expect(yes?.getAttribute("aria-invalid")).toBe("true")
    expect(create).not.toHaveBeenCalled()
    fireEvent.click(within(related()).getByLabelText("No"))
    fireEvent.click(screen.getByRole("button", { name: "Report the event" }))
    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        type: "local hematoma",
        severity: "mild",
        serious: false,
        onsetDays: 1,
        resolutionDays: null,
        relatedToProcedure: false
      })
    )
  })
})

describe("<AdverseEventForm /> correcting an event", () => {
  it("corrects any field, the type and the onset included, and sends it with the reason", async () => {
    const correct = vi.fn(() => Promise.resolve())
    render(() => <AdverseEventForm initial={event} version={undefined} submit={correct} done={vi.fn()} />)
    expect((within(related()).getByLabelText("Yes") as HTMLInputElement).checked).toBe(true)
    fireEvent.change(screen.getByLabelText("Type"), { target: { value: "local hematoma" } })
    fireEvent.input(screen.getByLabelText("Onset (days after the procedure)"), { target: { value: "2" } })
    fireEvent.change(screen.getByLabelText("Severity"), { target: { value: "moderate" } })
    fireEvent.input(screen.getByLabelText("Resolved (days after the procedure)"), {
      target: { value: "14" }
    })
    fireEvent.input(screen.getByLabelText("Reason for the correction"), {
      target: { value: "resolution reported at the 3-month visit" }
    })
    fireEvent.click(screen.getByRole("button", { name: "Save the correction" }))
    await vi.waitFor(() =>
      expect(correct).toHaveBeenCalledWith(
        {
          type: "local hematoma",
          onsetDays: 2,
          severity: "moderate",
          serious: false,
          resolutionDays: 14,
          relatedToProcedure: true,
          reason: "resolution reported at the 3-month visit"
        },
        {}
      )
    )
  })
})
