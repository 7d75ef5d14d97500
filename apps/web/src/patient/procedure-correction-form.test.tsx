import { Model } from "@cryoreg/domain"
import { fireEvent, render, screen } from "@solidjs/testing-library"
import { describe, expect, it, vi } from "vitest"
import { ProcedureCorrectionForm } from "./procedure-correction-form"

const procedure = Model.Procedure.make({
  id: Model.ProcedureId.make("prc-1"),
  patientId: Model.PatientId.make("WAW-0001"),
  date: Model.CalendarDate.make("2026-10-05"),
  operator: "operator A",
  centerId: Model.CenterId.make("waw"),
  side: "right",
  deviceSerial: "CRYO-0001",
  durationMinutes: 32,
  lesions: []
})

describe("<ProcedureCorrectionForm />", () => {
  it("sends the corrected operator and duration with the reason, and never the lesions", async () => {
    const correct = vi.fn(() => Promise.resolve())
    render(() => (
      <ProcedureCorrectionForm initial={procedure} version={undefined} submit={correct} done={vi.fn()} />
    ))
    fireEvent.input(screen.getByLabelText("Operator"), { target: { value: "Dr Nowak" } })
    fireEvent.input(screen.getByLabelText("Duration (minutes)"), { target: { value: "2000" } })
    fireEvent.input(screen.getByLabelText("Reason for the correction"), {
      target: { value: "operator swapped with the assistant" }
    })
    fireEvent.click(screen.getByRole("button", { name: "Save the correction" }))
    const duration = screen.getByLabelText("Duration (minutes)")
    await vi.waitFor(() => expect(duration.getAttribute("aria-invalid")).toBe("true"))
    expect(correct).not.toHaveBeenCalled()
    fireEvent.input(duration, { target: { value: "41" } })
    fireEvent.click(screen.getByRole("button", { name: "Save the correction" }))
    await vi.waitFor(() =>
      expect(correct).toHaveBeenCalledWith(
        {
          date: "2026-10-05",
          operator: "Dr Nowak",
          deviceSerial: "CRYO-0001",
          durationMinutes: 41,
          reason: "operator swapped with the assistant"
        },
        {}
      )
    )
  })
})
