import { ApiError } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { fireEvent, render, screen } from "@solidjs/testing-library"
import { describe, expect, it, vi } from "vitest"
import { NewPatientForm } from "./new-patient-form"

const centers = [
  Model.Center.make({ id: Model.CenterId.make("waw"), name: "Warsaw", city: "Warszawa" }),
  Model.Center.make({ id: Model.CenterId.make("pila"), name: "Piła", city: "Piła" })
]
const offers: Record<string, string> = { waw: "WAW-0108", pila: "PILA-0031" }
const nextId = (center: string) => Promise.resolve(offers[center]!)

describe("<NewPatientForm />", () => {
  it("offers the next free id of the user's own center, and sends it as it stands after an edit", async () => {
    const submit = vi.fn(() => Promise.resolve())
    render(() => (
      <NewPatientForm centers={[]} fixedCenter={Model.CenterId.make("waw")} nextId={nextId} submit={submit} />
    ))
    const id = screen.getByLabelText("Patient id") as HTMLInputElement
    await vi.waitFor(() => expect(id.value).toBe("WAW-0108"))
    expect(screen.getByText("The next free id of the center is WAW-0108; you may change it.")).toBeTruthy()
    fireEvent.input(id, { target: { value: "WAW-0200" } })
    fireEvent.change(screen.getByLabelText("Sex"), { target: { value: "female" } })
    fireEvent.input(screen.getByLabelText("Birth year"), { target: { value: "1970" } })
    fireEvent.change(screen.getByLabelText("Treated side"), { target: { value: "left" } })
    fireEvent.click(screen.getByRole("button", { name: "Register patient" }))
    await vi.waitFor(() =>
      expect(submit).toHaveBeenCalledWith({
        id: "WAW-0200",
        sex: "female",
        birthYear: 1970,
        centerId: "waw",
        treatedSide: "left"
      })
    )
  })

  it("asks an admin for the center first, then offers that center's id; a typed id is kept on a change", async () => {
    const asked = vi.fn(nextId)
    render(() => <NewPatientForm centers={centers} fixedCenter={null} nextId={asked} submit={vi.fn()} />)
    const id = screen.getByLabelText("Patient id") as HTMLInputElement
    expect(id.value).toBe("")
    expect(asked).not.toHaveBeenCalled()
    const center = screen.getByLabelText("Center")
    fireEvent.change(center, { target: { value: "pila" } })
    await vi.waitFor(() => expect(id.value).toBe("PILA-0031"))
    fireEvent.change(center, { target: { value: "waw" } })
    await vi.waitFor(() => expect(id.value).toBe("WAW-0108"))
    fireEvent.input(id, { target: { value: "WAW-0500" } })
    fireEvent.change(center, { target: { value: "pila" } })
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(3))
    await new Promise((r) => setTimeout(r, 20))
    expect(id.value).toBe("WAW-0500")
  })

  it("marks every field left empty as invalid, with a sentence beside each that names it and says what is allowed, and says nothing was saved", async () => {
    const submit = vi.fn(() => Promise.resolve())
    render(() => <NewPatientForm centers={centers} fixedCenter={null} nextId={nextId} submit={submit} />)
    fireEvent.click(screen.getByRole("button", { name: "Register patient" }))
    const said = {
      Center: "Fill in “Center”",
      Sex: "Choose sex: female or male",
      "Birth year": "Fill in “Birth year”",
      "Treated side": "Choose treated side: left, right or both sides"
    }
    for (const [label, sentence] of Object.entries(said)) {
      const field = screen.getByLabelText(label)
      await vi.waitFor(() => expect(field.getAttribute("aria-invalid"), label).toBe("true"))
      expect(document.getElementById(field.getAttribute("aria-describedby")!)?.textContent, label).toBe(
        sentence
      )
    }
    expect(screen.getByRole("alert").textContent).toBe("Some fields need attention: nothing was saved.")
    expect(submit).not.toHaveBeenCalled()
  })

  it("says the birth years allowed, from 1900 to this year, naming the field once; a future year is not sent", async () => {
    const submit = vi.fn(() => Promise.resolve())
    render(() => (
      <NewPatientForm centers={[]} fixedCenter={Model.CenterId.make("waw")} nextId={nextId} submit={submit} />
    ))
    const year = screen.getByLabelText("Birth year")
    const thisYear = new Date().getFullYear()
    const said = `Birth year: a whole number from 1900 to ${thisYear}`
    for (const typed of ["abc", String(thisYear + 4)]) {
      fireEvent.input(year, { target: { value: typed } })
      fireEvent.click(screen.getByRole("button", { name: "Register patient" }))
      await vi.waitFor(() =>
        expect(document.getElementById(year.getAttribute("aria-describedby")!)?.textContent, typed).toBe(said)
      )
    }
    expect(submit).not.toHaveBeenCalled()
  })

  it("says beside the id that it is taken when the registry has it already", async () => {
    const taken = new ApiError(409, "AlreadyRecorded", "a patient WAW-0001 is already registered", [
      { code: "taken", path: ["id"], params: { value: "WAW-0001", record: "patient" }, message: "…" }
    ])
    render(() => (
      <NewPatientForm
        centers={[]}
        fixedCenter={Model.CenterId.make("waw")}
        nextId={nextId}
        submit={() => Promise.reject(taken)}
      />
    ))
    const id = screen.getByLabelText("Patient id") as HTMLInputElement
    await vi.waitFor(() => expect(id.value).toBe("WAW-0108"))
    fireEvent.input(id, { target: { value: "WAW-0001" } })
    fireEvent.change(screen.getByLabelText("Sex"), { target: { value: "female" } })
    fireEvent.input(screen.getByLabelText("Birth year"), { target: { value: "1970" } })
    fireEvent.change(screen.getByLabelText("Treated side"), { target: { value: "left" } })
    fireEvent.click(screen.getByRole("button", { name: "Register patient" }))
    await vi.waitFor(() =>
      expect(document.getElementById(id.getAttribute("aria-describedby")!)?.textContent).toBe(
        "Patient id WAW-0001 is already taken: enter another"
      )
    )
    expect(id.getAttribute("aria-invalid")).toBe("true")
  })
})
