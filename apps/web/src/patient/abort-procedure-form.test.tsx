import { fireEvent, render, screen } from "@solidjs/testing-library"
import { describe, expect, it, vi } from "vitest"
import { AbortProcedureForm } from "./abort-procedure-form"

describe("<AbortProcedureForm />", () => {
  it("asks for the reason in words and sends it trimmed", async () => {
    const abort = vi.fn(() => Promise.resolve())
    const done = vi.fn()
    render(() => <AbortProcedureForm submit={abort} done={done} />)
    fireEvent.click(screen.getByRole("button", { name: "Abort the procedure" }))
    const reason = screen.getByLabelText("Reason for aborting") as HTMLInputElement
    await vi.waitFor(() => expect(reason.getAttribute("aria-invalid")).toBe("true"))
    // its own words, not the correction form's "reason of the change"
    expect(screen.getByText("Fill in “Reason for aborting”")).toBeTruthy()
    expect(abort).not.toHaveBeenCalled()
    fireEvent.input(reason, { target: { value: "  probe cable damaged " } })
    fireEvent.click(screen.getByRole("button", { name: "Abort the procedure" }))
    await vi.waitFor(() => expect(abort).toHaveBeenCalledWith({ reason: "probe cable damaged" }))
    expect(done).toHaveBeenCalled()
  })
})
