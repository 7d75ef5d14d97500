import type { ProcedureView as View } from "@cryoreg/contract"
import { FreezeProtocol, Model, Protocol } from "@cryoreg/domain"
import { render, screen, within } from "@solidjs/testing-library"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { ProcedureView } from "./procedure-view"

const negative = { frequencyHz: 2, voltagesTried: [0.5, 1, 1.5, 2], motorResponseAtVoltage: null }
const levels = ["L5", "S1", "S2", "S3", "L5", "S1", "S2"] as const

/** A view as the API makes it: the recorded procedure and the domain's summary of it. */
const viewOf = (lesions: ReadonlyArray<Model.Lesion>): View => {
  const procedure = Model.Procedure.make({
    id: Model.ProcedureId.make("prc-1"),
    patientId: Model.PatientId.make("WAW-0001"),
    centerId: Model.CenterId.make("waw"),
    date: "2026-10-01" as Model.CalendarDate,
    operator: "Dr K",
    side: "right",
    deviceSerial: "A13-0042",
    durationMinutes: 35,
    lesions
  })
  return { procedure, summary: FreezeProtocol.summarize(procedure, Protocol.study), mode: "recorded" }
}

const lesions = levels.map(
  (level, i): Model.Lesion => ({
    side: "right",
    level,
    stimulation: negative,
    freezeCycles: [
      {
        startedAt: i * 180,
        endedAt: i * 180 + 120,
        thawCompletedAt: null,
        targetTemperatureC: -78,
        reachedTemperatureC: -78
      }
    ]
  })
)

describe("<ProcedureView />", () => {
  it("shows lesions per side, the levels covered, each cycle, and no deviation", () => {
    render(() => <ProcedureView view={viewOf(lesions)} />)
    expect(screen.getByText("Right side: 7 lesions at L5, S1, S2, S3")).toBeTruthy()
    expect(screen.getByText("Entered after the procedure")).toBeTruthy()
    expect(screen.getByText("3:00–5:00 (120 s), coldest −78 °C, thaw end not recorded")).toBeTruthy()
    expect(screen.getByText("No deviation from the protocol.")).toBeTruthy()
  })

  it("says in words how a recorded 60 s freeze at −40 °C strayed from the protocol", () => {
    const short = [...lesions]
    short[1] = {
      ...short[1]!,
      freezeCycles: [{ ...short[1]!.freezeCycles[0]!, endedAt: 240, reachedTemperatureC: -40 }]
    }
    render(() => <ProcedureView view={viewOf(short)} />)
    const list = screen.getByRole("list", { name: "Deviations from the protocol" })
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([
      "Lesion 2 (S1 right), cycle 1: The tip never reached −78 °C (within 5 °C) during the freeze; the coldest was −40 °C",
      "Lesion 2 (S1 right), cycle 1: The freeze lasted 60 s; the protocol asks for 120 s ± 10 s"
    ])
    expect(screen.queryByText("No deviation from the protocol.")).toBeNull()
  })

  it("writes one level in the singular and negative temperatures with the true minus sign, in Polish", () => {
    setLocale("pl")
    render(() => <ProcedureView view={viewOf([lesions[0]!])} />)
    expect(screen.getByText("Prawa strona: 1 lezja na poziomie L5")).toBeTruthy()
    expect(screen.getByText(/najniższa temperatura \u221278 °C/)).toBeTruthy()
  })
})

afterEach(() => setLocale("en"))
