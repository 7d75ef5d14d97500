import { fireEvent, render, screen } from "@solidjs/testing-library"
import { describe, expect, it, vi } from "vitest"
import { cyclesOf, ProcedureForm } from "./procedure-form"

const fill = (label: string, value: string, index = 0) =>
  fireEvent.input(screen.getAllByLabelText(label)[index] as HTMLElement, { target: { value } })

describe("<ProcedureForm />", () => {
  it("reads freeze cycles typed as start–end seconds", () => {
    expect(cyclesOf("300-420, 480–600", -77)).toEqual([
      {
        startedAt: 300,
        endedAt: 420,
        thawCompletedAt: null,
        targetTemperatureC: -78,
        reachedTemperatureC: -77
      },
      {
        startedAt: 480,
        endedAt: 600,
        thawCompletedAt: null,
        targetTemperatureC: -78,
        reachedTemperatureC: -77
      }
    ])
  })

  it("sends a procedure with its lesions decoded by the API's schema", async () => {
    const create = vi.fn((_: unknown) => Promise.resolve())
    render(() => <ProcedureForm side="right" create={create} done={vi.fn()} />)
    fireEvent.input(screen.getByLabelText("Procedure date"), { target: { value: "2026-10-01" } })
    fill("Operator", "Dr K")
    fill("Device serial", "A13-0042")
    fill("Duration (minutes)", "35")
    fill("Freeze cycles (start–end s)", "300-420")
    fill("Coldest tip (°C)", "-78")
    fireEvent.click(screen.getByRole("button", { name: "Add a lesion" }))
    expect(screen.getAllByLabelText("Level")).toHaveLength(2)
    fill("Freeze cycles (start–end s)", "500-620", 1)
    fireEvent.click(screen.getByRole("button", { name: "Save the procedure" }))
    await vi.waitFor(() => expect(create).toHaveBeenCalled())
    expect(create.mock.calls[0]?.[0]).toMatchObject({
      side: "right",
      durationMinutes: 35,
      lesions: [
        {
          side: "right",
          level: "L5",
          stimulation: { frequencyHz: 2, voltagesTried: [0.5, 1, 1.5, 2], motorResponseAtVoltage: null },
          freezeCycles: [{ startedAt: 300, endedAt: 420, reachedTemperatureC: -78 }]
        },
        { level: "S1", freezeCycles: [{ startedAt: 500, endedAt: 620, reachedTemperatureC: null }] }
      ]
    })
  })

  it("shows a cycle that is not two numbers next to the lesion's cycles and sends nothing", () => {
    const create = vi.fn(() => Promise.resolve())
    render(() => <ProcedureForm side="right" create={create} done={vi.fn()} />)
    fill("Freeze cycles (start–end s)", "300 to 420")
    fireEvent.click(screen.getByRole("button", { name: "Save the procedure" }))
    expect(screen.getByLabelText("Freeze cycles (start–end s)").getAttribute("aria-invalid")).toBe("true")
    expect(create).not.toHaveBeenCalled()
  })
})
