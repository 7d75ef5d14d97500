import { Model } from "@cryoreg/domain"
import { fireEvent, render, screen } from "@solidjs/testing-library"
import { describe, expect, it, vi } from "vitest"
import { PatientCorrectionForm } from "./patient-correction-form"

const patient = Model.Patient.make({
  id: Model.PatientId.make("WAW-0001"),
  sex: "female",
  birthYear: 1968,
  centerId: Model.CenterId.make("waw"),
  treatedSide: "right"
})

describe("<PatientCorrectionForm />", () => {
  it("refuses a birth year outside the allowed range and sends a valid correction with its reason", async () => {
    const correct = vi.fn(() => Promise.resolve())
    render(() => (
      <PatientCorrectionForm initial={patient} version={undefined} submit={correct} done={vi.fn()} />
    ))
    const year = screen.getByLabelText("Birth year") as HTMLInputElement
    expect(year.value).toBe("1968")
    fireEvent.input(year, { target: { value: "1786" } })
    fireEvent.input(screen.getByLabelText("Reason for the correction"), {
      target: { value: "birth year transposed" }
    })
    fireEvent.click(screen.getByRole("button", { name: "Save the correction" }))
    await vi.waitFor(() => expect(year.getAttribute("aria-invalid")).toBe("true"))
    expect(correct).not.toHaveBeenCalled()
    fireEvent.input(year, { target: { value: "1986" } })
    fireEvent.change(screen.getByLabelText("Treated side"), { target: { value: "left" } })
    fireEvent.click(screen.getByRole("button", { name: "Save the correction" }))
    await vi.waitFor(() =>
      expect(correct).toHaveBeenCalledWith(
        {
          sex: "female",
          birthYear: 1986,
          treatedSide: "left",
          reason: "birth year transposed"
        },
        {}
      )
    )
  })
})
