import { ApiError } from "@cryoreg/contract"
import { fireEvent, render, screen, within } from "@solidjs/testing-library"
import { describe, expect, it, vi } from "vitest"
import { VisitForm, valuesOf, visitRequest } from "./visit-form"

const fill = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } })
const answer = (section: string, value: string) =>
  fireEvent.click(
    within(screen.getByRole("group", { name: new RegExp(`\\d+\\. ${section}$`) })).getByLabelText(value)
  )

const fillValidVisit = () => {
  fireEvent.change(screen.getByLabelText("Time point"), { target: { value: "month3" } })
  fill(/^Visit date/, "2026-06-16")
  fill("NRS (0–10)", "4")
  fill("VAS (mm, 0–100)", "41")
}

describe("<VisitForm />", () => {
  it("shows the NRS error next to the field for an NRS of 11 and sends nothing", async () => {
    const create = vi.fn(() => Promise.resolve())
    render(() => <VisitForm submit={create} done={vi.fn()} />)
    fillValidVisit()
    fill("NRS (0–10)", "11")
    fireEvent.click(screen.getByRole("button", { name: "Save the visit" }))
    const nrs = screen.getByLabelText("NRS (0–10)")
    expect(nrs.getAttribute("aria-invalid")).toBe("true")
    const error = document.getElementById(nrs.getAttribute("aria-describedby") ?? "")
    expect(error?.textContent).toBe("NRS (0–10): a whole number from 0 to 10")
    expect(create).not.toHaveBeenCalled()
  })

  it("scores the ODI as the sections are answered", () => {
    render(() => <VisitForm submit={vi.fn()} done={vi.fn()} />)
    const score = screen.getByTestId("odi-score")
    expect(score.textContent).toContain("Not scored yet")
    // sections 1–9 answered 2, 1, 3, 2, 2, 2, 1, -, 2 and travelling 2: 17 / 45 = 37.8 %
    const answers = ["2", "1", "3", "2", "2", "2", "1", null, "2", "2"]
    const names = [
      "pain intensity",
      "personal care",
      "lifting",
      "walking",
      "sitting",
      "standing",
      "sleeping",
      "sex life",
      "social life",
      "travelling"
    ]
    names.forEach((n, i) => {
      const a = answers[i]
      if (a !== null && a !== undefined) answer(n, a)
    })
    expect(score.textContent).toContain("37.8 %")
    expect(score.textContent).toContain("moderate")
  })

  it("sends a valid visit decoded by the API's schema", async () => {
    const create = vi.fn((_: unknown) => Promise.resolve())
    const done = vi.fn()
    render(() => <VisitForm submit={create} done={done} />)
    fillValidVisit()
    for (const n of [
      "pain intensity",
      "personal care",
      "lifting",
      "walking",
      "sitting",
      "standing",
      "sleeping",
      "sex life",
      "social life",
      "travelling"
    ])
      answer(n, "1")
    fill(/Drugs/, "ibuprofen, N02AX02")
    fireEvent.click(screen.getByRole("button", { name: "Save the visit" }))
    await vi.waitFor(() => expect(done).toHaveBeenCalled())
    expect(create.mock.calls[0]?.[0]).not.toHaveProperty("daysAfterProcedure")
    expect(create.mock.calls[0]?.[0]).toMatchObject({
      timepoint: "month3",
      date: "2026-06-16",
      nrs: 4,
      vasMm: 41,
      odiAnswers: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      analgesics: { drugs: ["ibuprofen", "N02AX02"] }
    })
  })

  it("puts the API's field errors next to the field", async () => {
    const create = vi.fn(() =>
      Promise.reject(
        new ApiError(400, "InvalidRequest", "invalid body: vasMm: VAS is measured in mm from 0 to 100", [
          {
            code: "range",
            path: ["vasMm"],
            params: { min: 0, max: 100 },
            message: "VAS is measured in mm from 0 to 100"
          }
        ])
      )
    )
    render(() => <VisitForm submit={create} done={vi.fn()} />)
    fillValidVisit()
    for (const n of [
      "pain intensity",
      "personal care",
      "lifting",
      "walking",
      "sitting",
      "standing",
      "sleeping",
      "sex life",
      "social life",
      "travelling"
    ])
      answer(n, "0")
    fireEvent.click(screen.getByRole("button", { name: "Save the visit" }))
    // worded from the code and parameters with the form's label, not the API's English sentence
    expect(await screen.findByText("VAS (mm, 0–100): a number from 0 to 100")).toBeTruthy()
    expect(screen.getByLabelText("VAS (mm, 0–100)").getAttribute("aria-invalid")).toBe("true")
    expect(screen.getByRole("alert").textContent).toBe("Some fields need attention: nothing was saved.")
  })

  it("has no field for the days after the procedure: it shows them from the two dates, with the window", () => {
    render(() => <VisitForm procedureDate="2026-03-16" submit={vi.fn()} done={vi.fn()} />)
    expect(screen.queryByLabelText(/Days after the procedure/)).toBeNull()
    expect(screen.queryByRole("status")).toBeNull()
    fireEvent.change(screen.getByLabelText("Time point"), { target: { value: "month3" } })
    fill(/^Visit date/, "2026-06-16")
    expect(screen.getByRole("status").textContent).toBe("92 days after the procedure, within its window")
    fill(/^Visit date/, "2026-07-14")
    expect(screen.getByRole("status").textContent).toBe(
      "120 days after the procedure: out of window (the window of the 3-month visit is 75 to 105 days after the procedure)"
    )
  })

  it("refuses a new visit without its date, next to the field", async () => {
    const create = vi.fn(() => Promise.resolve())
    render(() => <VisitForm submit={create} done={vi.fn()} />)
    fillValidVisit()
    fill(/^Visit date/, "")
    fireEvent.click(screen.getByRole("button", { name: "Save the visit" }))
    expect(screen.getByLabelText(/^Visit date/).getAttribute("aria-invalid")).toBe("true")
    expect(create).not.toHaveBeenCalled()
  })

  it("asks for the reason of a correction", async () => {
    const correct = vi.fn(() => Promise.resolve())
    const visit = {
      id: "v1",
      patientId: "WAW-1",
      timepoint: "month3",
      daysAfterProcedure: 90,
      nrs: 4,
      vasMm: 40,
      odiAnswers: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      analgesics: { drugs: [] }
    } as never
    render(() => <VisitForm initial={visit} version={undefined} submit={correct} done={vi.fn()} />)
    fireEvent.click(screen.getByRole("button", { name: "Save the correction" }))
    const reason = screen.getByLabelText("Reason for the correction")
    expect(reason.getAttribute("aria-invalid")).toBe("true")
    expect(correct).not.toHaveBeenCalled()
    fireEvent.input(reason, { target: { value: "NRS transcribed from the wrong sheet" } })
    fill("NRS (0–10)", "5")
    fireEvent.click(screen.getByRole("button", { name: "Save the correction" }))
    await vi.waitFor(() =>
      expect(correct).toHaveBeenCalledWith(
        expect.objectContaining({ nrs: 5, reason: "NRS transcribed from the wrong sheet" }),
        {}
      )
    )
  })

  it("says beside the ODI that 5 of 10 sections are too few, before sending anything", async () => {
    const create = vi.fn(() => Promise.resolve())
    render(() => <VisitForm submit={create} done={vi.fn()} />)
    fillValidVisit()
    for (const n of ["pain intensity", "personal care", "lifting", "walking", "sitting"]) answer(n, "2")
    fireEvent.click(screen.getByRole("button", { name: "Save the visit" }))
    expect(await screen.findByText("ODI: answer at least 9 of the 10 sections")).toBeTruthy()
    expect(screen.getByTestId("odi-error").textContent).toBe("ODI: answer at least 9 of the 10 sections")
    expect(create).not.toHaveBeenCalled()
  })

  it("puts the API's refusal of too few ODI answers beside the ODI", async () => {
    const create = vi.fn(() =>
      Promise.reject(
        new ApiError(422, "RuleViolation", "ODI sections 6, 7 are unanswered", [
          { code: "odi", path: ["odiAnswers"], params: { missing: [6, 7], maxMissing: 1 }, message: "…" }
        ])
      )
    )
    render(() => <VisitForm submit={create} done={vi.fn()} />)
    fillValidVisit()
    const names = ["pain intensity", "personal care", "lifting", "walking", "sitting", "standing", "sleeping"]
    for (const n of [...names, "sex life", "social life", "travelling"]) answer(n, "1")
    fireEvent.click(screen.getByRole("button", { name: "Save the visit" }))
    expect(await screen.findByText("ODI: answer at least 9 of the 10 sections")).toBeTruthy()
    expect(create).toHaveBeenCalledTimes(1)
  })

  it("names the drugs field and the unknown drug before sending anything", async () => {
    const create = vi.fn(() => Promise.resolve())
    render(() => <VisitForm submit={create} done={vi.fn()} />)
    fillValidVisit()
    for (const n of ["pain intensity", "personal care", "lifting", "walking", "sitting"]) answer(n, "1")
    for (const n of ["standing", "sleeping", "sex life", "social life", "travelling"]) answer(n, "1")
    fill(/^Drugs/, "ibuprofen, foobarin")
    fireEvent.click(screen.getByRole("button", { name: "Save the visit" }))
    const drugs = screen.getByLabelText(/^Drugs/)
    const error = document.getElementById((drugs.getAttribute("aria-describedby") ?? "").split(" ")[0] ?? "")
    expect(error?.textContent).toBe(
      "Drugs: unknown drug “foobarin”; enter its generic name (e.g. ibuprofen) or its ATC code"
    )
    expect(create).not.toHaveBeenCalled()
  })

  it("names the drugs field and the drug in the API's refusal of an unknown drug", async () => {
    const create = vi.fn(() =>
      Promise.reject(
        new ApiError(422, "RuleViolation", "unknown drug", [
          {
            code: "analgesic",
            path: ["analgesics", "drugs", 0],
            params: { drugs: ["novadrug"] },
            message: "…"
          }
        ])
      )
    )
    render(() => <VisitForm submit={create} done={vi.fn()} />)
    fillValidVisit()
    for (const n of ["pain intensity", "personal care", "lifting", "walking", "sitting"]) answer(n, "1")
    for (const n of ["standing", "sleeping", "sex life", "social life", "travelling"]) answer(n, "1")
    fireEvent.click(screen.getByRole("button", { name: "Save the visit" }))
    expect(await screen.findByText(/^Drugs: unknown drug “novadrug”/)).toBeTruthy()
  })

  it("gives back a stored visit's analgesics as stored: boxes left unsaid stay unsaid, ticked as the drugs imply", () => {
    const stored = {
      id: "v1",
      patientId: "WAW-1",
      timepoint: "baseline",
      date: "2026-03-14",
      nrs: 7,
      vasMm: 70,
      odiAnswers: [3, 2, 3, 2, 2, 3, 2, 1, 2, null],
      analgesics: { drugs: ["ibuprofen", "tramadol"] }
    } as const
    const values = valuesOf(stored as never)
    // the boxes show what the drugs say: NSAIDs and opioid-containing ticked
    expect([values["analgesics.nsaids"], values["analgesics.opioidContaining"]]).toEqual([true, true])
    expect(values["analgesics.combinationAnalgesics"]).toBe(false)
    const { id: _, patientId: __, ...input } = stored
    expect(visitRequest(values)).toEqual(input)
    // a box the user ticks against the drugs is said; one stated in the stored visit stays stated
    expect(visitRequest({ ...values, "analgesics.combinationAnalgesics": true }).analgesics).toEqual({
      drugs: ["ibuprofen", "tramadol"],
      combinationAnalgesics: true
    })
    const stated = { ...stored, analgesics: { drugs: ["ibuprofen"], nsaids: true, opioidContaining: false } }
    // stated boxes are sent as stored, the unsaid one stays unsaid
    expect(visitRequest(valuesOf(stated as never)).analgesics).toEqual({
      drugs: ["ibuprofen"],
      nsaids: true,
      opioidContaining: false
    })
  })
})
