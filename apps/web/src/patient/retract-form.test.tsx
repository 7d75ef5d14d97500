import { fireEvent, render, screen } from "@solidjs/testing-library"
import { describe, expect, it, vi } from "vitest"
import { RetractForm } from "./retract-form"

describe("<RetractForm />", () => {
  it("needs the reason beside its field, then sends it", async () => {
    const retract = vi.fn(() => Promise.resolve())
    const done = vi.fn()
    render(() => <RetractForm id="vis-1" what="the 3 months visit" submit={retract} done={done} />)
    expect(screen.getByRole("form", { name: "Retract the 3 months visit" })).toBeTruthy()
    fireEvent.click(screen.getByRole("button", { name: "Retract" }))
    const reason = screen.getByLabelText("Reason for the retraction")
    expect(reason.getAttribute("aria-invalid")).toBe("true")
    expect(document.getElementById(reason.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Fill in “Reason for the retraction”"
    )
    expect(retract).not.toHaveBeenCalled()
    fireEvent.input(reason, { target: { value: " entered for the wrong patient " } })
    fireEvent.click(screen.getByRole("button", { name: "Retract" }))
    await vi.waitFor(() => expect(done).toHaveBeenCalled())
    expect(retract).toHaveBeenCalledWith({ reason: "entered for the wrong patient" })
  })
})
