import { fireEvent, render, screen } from "@solidjs/testing-library"
import { afterEach, describe, expect, it, vi } from "vitest"
import { setLocale } from "../i18n"
import { suggestions } from "./analgesic-fields"
import { VisitForm } from "./visit-form"

const drugs = () => screen.getByLabelText(/^Drugs/) as HTMLInputElement
const box = (label: string) => screen.getByLabelText(label) as HTMLInputElement
const type = (value: string) => fireEvent.input(drugs(), { target: { value } })

describe("<AnalgesicFields /> in the visit form", () => {
  it("offers the known generic names as the user types, after the drugs already written", () => {
    render(() => <VisitForm submit={vi.fn()} done={vi.fn()} />)
    type("ibuprofen, tra")
    const list = document.getElementById(drugs().getAttribute("list") ?? "")
    const offered = [...(list?.querySelectorAll("option") ?? [])].map((o) => o.value)
    expect(offered).toContain("ibuprofen, tramadol")
    expect(offered).toContain("ibuprofen, tapentadol")
    expect(suggestions("")).toContain("tramadol")
  })

  it("shows each drug's category and ticks it; removing the drug unticks it", () => {
    render(() => <VisitForm submit={vi.fn()} done={vi.fn()} />)
    type("tramadol")
    expect(box("Opioid-containing").checked).toBe(true)
    expect(box("NSAIDs").checked).toBe(false)
    const notes = screen.getByRole("list", { name: "Category of each drug" })
    expect(notes.textContent).toContain("tramadol — opioid (ATC N02AX02)")
    type("tramadol, ibuprofen, wonderpill")
    expect(box("NSAIDs").checked).toBe(true)
    expect(notes.textContent).toContain("wonderpill: not in the table of known drugs")
    type("ibuprofen")
    expect(box("Opioid-containing").checked).toBe(false)
    expect(box("NSAIDs").checked).toBe(true)
  })

  it("says beside the box that unticking a named drug's category contradicts it; a box alone is fine", () => {
    render(() => <VisitForm submit={vi.fn()} done={vi.fn()} />)
    fireEvent.click(box("Combination analgesics"))
    expect(box("Combination analgesics").getAttribute("aria-invalid")).toBe("false")
    type("tramadol")
    fireEvent.click(box("NSAIDs"))
    fireEvent.click(box("Opioid-containing"))
    const opioid = box("Opioid-containing")
    expect(opioid.checked).toBe(false)
    expect(opioid.getAttribute("aria-invalid")).toBe("true")
    expect(document.getElementById(opioid.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      'tramadol is opioid-containing (ATC N02AX02): tick "Opioid-containing" or remove the drug'
    )
    expect(box("NSAIDs").getAttribute("aria-invalid")).toBe("false")
  })

  it("names each drug's kind in natural Polish", async () => {
    setLocale("pl")
    render(() => <VisitForm submit={vi.fn()} done={vi.fn()} />)
    fireEvent.input(screen.getByLabelText(/^Leki \(/), { target: { value: "tramadol, paracetamol" } })
    const notes = screen.getByRole("list", { name: "Kategoria każdego leku" })
    expect(notes.textContent).toContain("tramadol — opioid (ATC N02AX02)")
    expect(notes.textContent).toContain("paracetamol — inny lek przeciwbólowy")
  })
})

afterEach(() => setLocale("en"))
