import { ApiError, ProcedureInput } from "@cryoreg/contract"
import { FreezeProtocol, Protocol } from "@cryoreg/domain"
import { fireEvent, render, screen, within } from "@solidjs/testing-library"
import { Effect, Schema } from "effect"
import { describe, expect, it, vi } from "vitest"
import { ProcedureForm } from "./procedure-form"
import { parseClock } from "./procedure-form-values"

const lesion = (n: number) => screen.getByRole("group", { name: `Lesion ${n}` })
const cycle = (n: number, k = 1) => within(lesion(n)).getByRole("group", { name: `Freeze-thaw cycle ${k}` })
const type = (where: HTMLElement, label: string, value: string) =>
  fireEvent.input(within(where).getByLabelText(label), { target: { value } })
const choose = (where: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(where).getByLabelText(label), { target: { value } })
const errorOf = (where: HTMLElement, label: string) => {
  const input = within(where).getByLabelText(label)
  expect(input.getAttribute("aria-invalid")).toBe("true")
  return document.getElementById(input.getAttribute("aria-describedby") ?? "")?.textContent
}
const form = () => screen.getByRole("form", { name: "Enter a procedure already done" })

const fillProcedure = () => {
  fireEvent.input(screen.getByLabelText("Procedure date"), { target: { value: "2026-10-01" } })
  type(form(), "Operator", "Dr K")
  type(form(), "Device serial", "A13-0042")
  type(form(), "Duration (minutes)", "35")
}

const submit = () => fireEvent.click(screen.getByRole("button", { name: "Save the procedure" }))

describe("parseClock", () => {
  it("reads minutes:seconds and plain seconds, and nothing else", () => {
    expect(["5:00", "0:05", "12:30.5", "300", " 90 ", ""].map(parseClock)).toEqual([
      300,
      5,
      750.5,
      300,
      90,
      undefined
    ])
    expect(["5 min", "5:75", "-1:00", "1:2:3"].map(parseClock).every(Number.isNaN)).toBe(true)
  })
})

describe("<ProcedureForm />", () => {
  it("enters 7 typical lesions with a few keystrokes: the request decodes and every cycle thaws per the protocol", async () => {
    const create = vi.fn((_: ProcedureInput) => Promise.resolve())
    render(() => <ProcedureForm side="right" submit={create} done={vi.fn()} />)
    fillProcedure()
    for (let n = 0; n < 6; n++) fireEvent.click(screen.getByRole("button", { name: "Add a lesion" }))
    expect(screen.getAllByRole("group", { name: /^Lesion \d$/ })).toHaveLength(7)
    expect((within(cycle(3)).getByLabelText("Freeze start") as HTMLInputElement).value).toBe("6:00")
    // the coldest tip is not made up: empty, as its hint says, until the user reads it off the probe
    expect((within(cycle(1)).getByLabelText("Coldest tip (°C)") as HTMLInputElement).value).toBe("")
    submit()
    await vi.waitFor(() => expect(create).toHaveBeenCalled())
    const sent = Schema.decodeUnknownSync(ProcedureInput)(create.mock.calls[0]?.[0])
    expect(sent.lesions.map((l) => `${l.side} ${l.level}`)).toEqual([
      "right L5",
      "right S1",
      "right S1",
      "right S2",
      "right S2",
      "right S3",
      "right S3"
    ])
    expect(sent.lesions[0]).toEqual({
      side: "right",
      level: "L5",
      stimulation: { frequencyHz: 2, voltagesTried: [0.5, 1, 1.5, 2], motorResponseAtVoltage: null },
      freezeCycles: [
        {
          startedAt: 0,
          endedAt: 120,
          thawCompletedAt: null,
          targetTemperatureC: -78,
          reachedTemperatureC: null
        }
      ]
    })
    expect(sent.lesions.map((l) => l.freezeCycles[0]?.startedAt)).toEqual([0, 180, 360, 540, 720, 900, 1080])
    const replayed = Effect.runSync(FreezeProtocol.replayRecorded(sent, Protocol.study))
    expect(replayed._tag).toBe("Completed")
    expect(replayed.lesions.flatMap((l) => l.freezeCycles.map((c) => c.thawCompletedAt !== null))).toEqual(
      Array(7).fill(true)
    )
    expect(FreezeProtocol.summarize(sent, Protocol.study).deviations).toEqual([])
  })

  it("carries the previous lesion's side, test and cycles to the plan's next level, its times after it", () => {
    render(() => <ProcedureForm side="bilateral" submit={vi.fn()} done={vi.fn()} />)
    choose(lesion(1), "Side", "left")
    choose(lesion(1), "Level", "S3")
    type(lesion(1), "Voltages tried (V)", "1, 2, 2.5")
    type(cycle(1), "Freeze start", "5:00")
    type(cycle(1), "Freeze end", "7:00")
    type(cycle(1), "Thaw end", "7:30")
    fireEvent.click(within(lesion(1)).getByRole("button", { name: "Add a cycle" }))
    expect((within(cycle(1, 2)).getByLabelText("Freeze start") as HTMLInputElement).value).toBe("8:30")
    fireEvent.click(screen.getByRole("button", { name: "Add a lesion" }))
    const values = (label: string, where: HTMLElement) =>
      (within(where).getByLabelText(label) as HTMLInputElement | HTMLSelectElement).value
    expect(values("Side", lesion(2))).toBe("left")
    // the second lesion on the left: the protocol's plan puts it at S1
    expect(values("Level", lesion(2))).toBe("S1")
    expect(values("Voltages tried (V)", lesion(2))).toBe("1, 2, 2.5")
    expect(["Freeze start", "Freeze end", "Thaw end"].map((l) => values(l, cycle(2, 1)))).toEqual([
      "11:30",
      "13:30",
      "14:00"
    ])
    expect(values("Freeze start", cycle(2, 2))).toBe("15:00")
    fireEvent.click(within(lesion(1)).getByRole("button", { name: "Remove this lesion" }))
    expect(screen.queryByRole("group", { name: "Lesion 2" })).toBeNull()
    expect(values("Freeze start", cycle(1, 1))).toBe("11:30")
  })

  it("removes a cycle, the ones after it moving up", () => {
    render(() => <ProcedureForm side="left" submit={vi.fn()} done={vi.fn()} />)
    fireEvent.click(within(lesion(1)).getByRole("button", { name: "Add a cycle" }))
    fireEvent.click(within(lesion(1)).getByRole("button", { name: "Add a cycle" }))
    type(cycle(1, 3), "Coldest tip (°C)", "-70")
    expect(within(lesion(1)).getAllByRole("group")).toHaveLength(3)
    fireEvent.click(within(cycle(1, 1)).getByRole("button", { name: "Remove this cycle" }))
    const start = (k: number) =>
      (within(cycle(1, k)).getByLabelText("Freeze start") as HTMLInputElement).value
    expect([start(1), start(2)]).toEqual(["3:00", "6:00"])
    expect((within(cycle(1, 2)).getByLabelText("Coldest tip (°C)") as HTMLInputElement).value).toBe("-70")
    expect(within(lesion(1)).queryByRole("group", { name: "Freeze-thaw cycle 3" })).toBeNull()
  })

  it("shows every error of the form at once, each beside its field, in words, and sends nothing", () => {
    const create = vi.fn(() => Promise.resolve())
    render(() => <ProcedureForm side="bilateral" submit={create} done={vi.fn()} />)
    fireEvent.click(screen.getByRole("button", { name: "Add a lesion" }))
    choose(lesion(1), "Motor response", "response")
    type(cycle(2), "Freeze start", "5 min")
    type(cycle(2), "Coldest tip (°C)", "cold")
    submit()
    expect(errorOf(form(), "Operator")).toBe("Fill in “Operator”")
    expect(errorOf(form(), "Duration (minutes)")).toBe("Fill in “Duration (minutes)”")
    expect(errorOf(lesion(1), "Side")).toBe("Choose the side of this lesion")
    expect(errorOf(lesion(1), "Motor response at (V)")).toBe(
      "Give the voltage of the motor response, or choose no motor response"
    )
    expect(errorOf(cycle(2), "Freeze start")).toMatch(/^Write the freeze start in minutes:seconds/)
    expect(errorOf(cycle(2), "Coldest tip (°C)")).toBe("Write the coldest tip in °C as a number")
    expect(form().textContent).not.toMatch(/Expected|actual|NaN/)
    expect(create).not.toHaveBeenCalled()
  })

  it("shows the freeze protocol's refusals beside their fields before sending, with the form's other errors", () => {
    const create = vi.fn(() => Promise.resolve())
    render(() => <ProcedureForm side="right" submit={create} done={vi.fn()} />)
    fillProcedure()
    type(form(), "Operator", "")
    for (let n = 0; n < 3; n++) fireEvent.click(screen.getByRole("button", { name: "Add a lesion" }))
    choose(lesion(1), "Motor response", "response")
    type(lesion(1), "Motor response at (V)", "1")
    type(cycle(3), "Freeze end", "5:00")
    submit()
    expect(errorOf(form(), "Operator")).toBe("Fill in “Operator”")
    expect(errorOf(lesion(1), "Motor response at (V)")).toMatch(/motor response was seen at 1 V/)
    expect(errorOf(cycle(3), "Freeze end")).toBe(
      "The freeze end of lesion 3, cycle 1 (5:00) is before the freeze start of lesion 3, cycle 1 (6:00); the times of a procedure go forward"
    )
    expect(create).not.toHaveBeenCalled()
  })

  it("puts the API's issues beside the field their path names", async () => {
    const refusal = new ApiError(422, "RuleViolation", "Not after the thaw", [
      {
        code: "freezeProtocol",
        path: ["lesions", 1, "freezeCycles", 0, "endedAt"],
        params: { step: "FreezeBeforeThaw" },
        message: "Not after the thaw"
      }
    ])
    const create = vi.fn(() => Promise.reject(refusal))
    render(() => <ProcedureForm side="right" submit={create} done={vi.fn()} />)
    fillProcedure()
    fireEvent.click(screen.getByRole("button", { name: "Add a lesion" }))
    submit()
    await vi.waitFor(() =>
      expect(errorOf(cycle(2), "Freeze end")).toBe("Freeze end: the freeze protocol does not allow this step")
    )
    expect(within(cycle(1)).getByLabelText("Freeze end").getAttribute("aria-invalid")).toBe("false")
  })
})
