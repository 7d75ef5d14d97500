import { fireEvent, render, screen } from "@solidjs/testing-library"
import { describe, expect, it, vi } from "vitest"
import { en } from "../i18n/en"
import { exclusionQuestions, ScreeningForm } from "./screening-form"

describe("<ScreeningForm /> exclusion criteria", () => {
  it("sets every criterion to no with one control; each stays visible and changeable", async () => {
    const create = vi.fn(() => Promise.resolve())
    render(() => <ScreeningForm submit={create} done={vi.fn()} />)
    const selects = exclusionQuestions.map(
      ([key]) => screen.getByLabelText(en.study.exclusion[key]) as HTMLSelectElement
    )
    expect(selects.map((s) => s.value)).toEqual(selects.map(() => "unknown"))
    fireEvent.click(screen.getByRole("button", { name: "None of the exclusion criteria applies" }))
    expect(selects.map((s) => s.value)).toEqual(selects.map(() => "no"))
    fireEvent.change(screen.getByLabelText("Pregnancy"), { target: { value: "yes" } })
    fireEvent.input(screen.getByLabelText("Screening date"), { target: { value: "2026-03-02" } })
    fireEvent.input(screen.getByLabelText("Pain duration (months)"), { target: { value: "14" } })
    fireEvent.input(screen.getByLabelText("NRS at screening (0–10)"), { target: { value: "7" } })
    fireEvent.input(screen.getByLabelText("Failed conservative care (months)"), { target: { value: "6" } })
    fireEvent.click(screen.getByRole("button", { name: "Save the screening" }))
    await vi.waitFor(() => expect(create).toHaveBeenCalled())
    const sent = (create.mock.calls[0] as unknown as [{ exclusions: Record<string, string> }])[0]
    expect(sent.exclusions).toEqual({
      ...Object.fromEntries(exclusionQuestions.map(([key]) => [key, "no"])),
      pregnancy: "yes"
    })
  })
})
