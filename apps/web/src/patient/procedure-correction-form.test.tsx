import { Model } from "@cryoreg/domain"
import { fireEvent, render, screen, within } from "@solidjs/testing-library"
import { afterEach, describe, expect, it, vi } from "vitest"
import { setLocale } from "../i18n"
import { ProcedureCorrectionForm } from "./procedure-correction-form"

const details = {
  id: Model.ProcedureId.make("prc-1"),
  patientId: Model.PatientId.make("WAW-0001"),
  date: Model.CalendarDate.make("2026-10-05"),
  operator: "operator A",
  centerId: Model.CenterId.make("waw"),
  side: "right" as const,
  deviceSerial: "CRYO-0001",
  durationMinutes: 32
}

// Values no form would type: times to the hundredth of a second, a coldest tip of −76.83 °C, another target.
const lesion = (level: Model.Lesion["level"], start: number): Model.Lesion => ({
  side: "right",
  level,
  stimulation: { frequencyHz: 2, voltagesTried: [0.5, 1, 1.5, 2], motorResponseAtVoltage: null },
  freezeCycles: [
    {
      startedAt: start + 0.37,
      endedAt: start + 120.37,
      thawCompletedAt: null,
      targetTemperatureC: -80,
      reachedTemperatureC: -76.83
    },
    {
      startedAt: start + 170,
      endedAt: start + 290,
      thawCompletedAt: start + 330.5,
      targetTemperatureC: -78,
      reachedTemperatureC: -78
    }
  ]
})

const recorded = Model.Procedure.make({ ...details, lesions: [lesion("L5", 100), lesion("S1", 500)] })

const lesionGroup = (n: number) => screen.getByRole("group", { name: `Lesion ${n}` })
const save = () => fireEvent.click(screen.getByRole("button", { name: "Save the correction" }))
const reason = (text: string) =>
  fireEvent.input(screen.getByLabelText("Reason for the correction"), { target: { value: text } })

afterEach(() => setLocale("en"))

describe("<ProcedureCorrectionForm />", () => {
  it("corrects a live procedure's operator and duration, says why its lesions cannot be, and never sends them", async () => {
    const correct = vi.fn(() => Promise.resolve())
    render(() => (
      <ProcedureCorrectionForm
        initial={recorded}
        mode="completed"
        version={undefined}
        submit={correct}
        done={vi.fn()}
      />
    ))
    expect(screen.getByText(/lesions .* are the probe's record and cannot be corrected/)).toBeTruthy()
    expect(screen.queryByRole("group", { name: "Lesion 1" })).toBeNull()
    fireEvent.input(screen.getByLabelText("Operator"), { target: { value: "Dr Nowak" } })
    fireEvent.input(screen.getByLabelText("Duration (minutes)"), { target: { value: "2000" } })
    reason("operator swapped with the assistant")
    save()
    const duration = screen.getByLabelText("Duration (minutes)")
    await vi.waitFor(() => expect(duration.getAttribute("aria-invalid")).toBe("true"))
    expect(correct).not.toHaveBeenCalled()
    fireEvent.input(duration, { target: { value: "41" } })
    save()
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

  it("shows a recorded procedure's lesions exactly as stored: untouched, they are sent back unchanged", async () => {
    for (const locale of ["en", "pl"] as const) {
      setLocale(locale)
      const correct = vi.fn(() => Promise.resolve())
      const { unmount } = render(() => (
        <ProcedureCorrectionForm
          initial={recorded}
          mode="recorded"
          version={undefined}
          submit={correct}
          done={vi.fn()}
        />
      ))
      fireEvent.input(screen.getByLabelText(locale === "en" ? "Operator" : "Operator"), {
        target: { value: "Dr Nowak" }
      })
      fireEvent.input(
        screen.getByLabelText(locale === "en" ? "Reason for the correction" : "Powód poprawki"),
        { target: { value: "operator" } }
      )
      fireEvent.click(
        screen.getByRole("button", { name: locale === "en" ? "Save the correction" : "Zapisz poprawkę" })
      )
      await vi.waitFor(() => expect(correct).toHaveBeenCalled())
      const sent = (correct.mock.calls[0] as unknown as [{ lesions: unknown; operator: string }])[0]
      expect(sent.operator).toBe("Dr Nowak")
      expect(sent.lesions).toEqual(recorded.lesions)
      unmount()
    }
  })

  it("corrects a lesion's level and a cycle's end with the fields it was typed in, and adds a lesion", async () => {
    const correct = vi.fn(() => Promise.resolve())
    render(() => (
      <ProcedureCorrectionForm
        initial={recorded}
        mode="recorded"
        version={undefined}
        submit={correct}
        done={vi.fn()}
      />
    ))
    const second = lesionGroup(2)
    expect((within(second).getByLabelText("Level") as HTMLSelectElement).value).toBe("S1")
    const firstCycle = within(second).getByRole("group", { name: "Freeze-thaw cycle 1" })
    expect((within(firstCycle).getByLabelText("Freeze start") as HTMLInputElement).value).toBe("500.37")
    expect((within(firstCycle).getByLabelText("Coldest tip (°C)") as HTMLInputElement).value).toBe("-76.83")
    fireEvent.change(within(second).getByLabelText("Level"), { target: { value: "S2" } })
    fireEvent.input(within(firstCycle).getByLabelText("Freeze end"), { target: { value: "10:30" } })
    fireEvent.click(screen.getByRole("button", { name: "Add a lesion" }))
    expect(screen.getAllByRole("group", { name: /^Lesion \d$/ })).toHaveLength(3)
    reason("the chart says S2, freeze to 10:30, and a third lesion")
    save()
    await vi.waitFor(() => expect(correct).toHaveBeenCalled())
    const sent = (correct.mock.calls[0] as unknown as [{ lesions: ReadonlyArray<Model.Lesion> }])[0]
    expect(sent.lesions[0]).toEqual(recorded.lesions[0])
    expect(sent.lesions[1]).toEqual({
      ...recorded.lesions[1],
      level: "S2",
      freezeCycles: [
        { ...recorded.lesions[1]!.freezeCycles[0], endedAt: 630 },
        recorded.lesions[1]!.freezeCycles[1]
      ]
    })
    // the next lesion of the protocol's plan (L5, S1, S1, S2 …), a minute after the last one
    expect(sent.lesions[2]).toMatchObject({ side: "right", level: "S1" })
  })

  it("checks a corrected lesion with the freeze protocol before sending: a motor response forbids its freeze", async () => {
    const correct = vi.fn(() => Promise.resolve())
    render(() => (
      <ProcedureCorrectionForm
        initial={recorded}
        mode="recorded"
        version={undefined}
        submit={correct}
        done={vi.fn()}
      />
    ))
    const first = lesionGroup(1)
    fireEvent.change(within(first).getByLabelText("Motor response"), { target: { value: "response" } })
    fireEvent.input(within(first).getByLabelText("Motor response at (V)"), { target: { value: "1" } })
    reason("motor response seen at 1 V")
    save()
    await vi.waitFor(() =>
      expect(within(first).getByText(/No freeze is allowed after this test/)).toBeTruthy()
    )
    expect(correct).not.toHaveBeenCalled()
  })
})
