import { Model } from "@cryoreg/domain"
import { fireEvent, render, screen } from "@solidjs/testing-library"
import { describe, expect, it, vi } from "vitest"
import { BlockForm } from "./block-form"

const block = Model.DiagnosticBlock.make({
  id: Model.DiagnosticBlockId.make("blk-1"),
  patientId: Model.PatientId.make("WAW-0001"),
  date: Model.CalendarDate.make("2026-10-01"),
  agent: "lidocaine",
  concentrationPercent: 2,
  volumeMl: 1.5,
  contrastConfirmed: true,
  nrsBefore: 7,
  nrsAfter: 2,
  minutesAfter: 45
})

describe("<BlockForm /> correcting a block", () => {
  it("starts from the stored block, asks for the reason and sends the corrected block with it", async () => {
    const correct = vi.fn(() => Promise.resolve())
    const done = vi.fn()
    render(() => <BlockForm initial={block} version={undefined} submit={correct} done={done} />)
    expect(screen.getByRole("form", { name: "Correct the diagnostic block" })).toBeTruthy()
    const after = screen.getByLabelText("NRS after the block") as HTMLInputElement
    expect(after.value).toBe("2")
    fireEvent.input(after, { target: { value: "5" } })
    fireEvent.click(screen.getByRole("button", { name: "Save the correction" }))
    const reason = screen.getByLabelText("Reason for the correction")
    await vi.waitFor(() => expect(reason.getAttribute("aria-invalid")).toBe("true"))
    expect(correct).not.toHaveBeenCalled()
    fireEvent.input(reason, { target: { value: "NRS after the block read from the wrong line" } })
    fireEvent.click(screen.getByRole("button", { name: "Save the correction" }))
    await vi.waitFor(() =>
      expect(correct).toHaveBeenCalledWith(
        expect.objectContaining({
          nrsBefore: 7,
          nrsAfter: 5,
          volumeMl: 1.5,
          reason: "NRS after the block read from the wrong line"
        }),
        {}
      )
    )
    await vi.waitFor(() => expect(done).toHaveBeenCalled())
  })

  it("refuses an NRS of 11 next to the field and sends nothing", async () => {
    const correct = vi.fn(() => Promise.resolve())
    render(() => <BlockForm initial={block} version={undefined} submit={correct} done={vi.fn()} />)
    fireEvent.input(screen.getByLabelText("NRS before the block"), { target: { value: "11" } })
    fireEvent.input(screen.getByLabelText("Reason for the correction"), { target: { value: "typo" } })
    fireEvent.click(screen.getByRole("button", { name: "Save the correction" }))
    const nrs = screen.getByLabelText("NRS before the block")
    await vi.waitFor(() => expect(nrs.getAttribute("aria-invalid")).toBe("true"))
    expect(correct).not.toHaveBeenCalled()
  })
})
