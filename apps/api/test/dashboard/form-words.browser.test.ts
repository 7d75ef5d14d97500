import type { Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { newPatient } from "../support/inputs.js"
import {
  accounts,
  apiAs,
  type Dashboard,
  screenshot,
  settled,
  signedInAs,
  startDashboard
} from "./harness.js"

let d: Dashboard
beforeAll(async () => {
  d = await startDashboard()
}, 120_000)
afterAll(async () => {
  await d?.close()
})

/** The sentence shown beside a control (its `aria-describedby` error). */
const besideOf = async (page: Page, control: Locator) => {
  const ids = ((await control.getAttribute("aria-describedby")) ?? "").split(" ")
  const texts = await Promise.all(
    ids.map((id) =>
      page
        .locator(`[id="${id}"]`)
        .textContent()
        .catch(() => "")
    )
  )
  return texts.join(" ").trim()
}

describe("the patient forms' words, in Polish", () => {
  it("says beside the id that it is taken, and the birth years allowed with the field named once", async () => {
    const api = await apiAs(d, accounts.coordinator)
    const taken = (await api.nextPatientId({ query: {} })).id
    await api.createPatient({ body: newPatient(taken) })
    const page = await signedInAs(d, accounts.coordinator)
    await page.goto(`${d.url}/patients`)
    await settled(page, "patients")
    await page.getByRole("button", { name: "Zarejestruj pacjenta" }).click()
    const register = page.getByRole("form", { name: "Rejestracja pacjenta" })
    const year = register.getByLabel("Rok urodzenia")
    await year.fill("2030")
    await register.getByRole("button", { name: "Zarejestruj pacjenta" }).click()
    const thisYear = new Date().getFullYear()
    await expect
      .poll(() => besideOf(page, year))
      .toBe(`Rok urodzenia: liczba całkowita od 1900 do ${thisYear}`)
    await year.fill("abc")
    await register.getByRole("button", { name: "Zarejestruj pacjenta" }).click()
    await expect
      .poll(() => besideOf(page, year))
      .toBe(`Rok urodzenia: liczba całkowita od 1900 do ${thisYear}`)

    const id = register.getByLabel("Identyfikator pacjenta")
    await id.fill(taken)
    await register.getByLabel("Płeć").selectOption({ label: "kobieta" })
    await year.fill("1968")
    await register.getByLabel("Strona leczona").selectOption({ label: "Prawa" })
    await register.getByRole("button", { name: "Zarejestruj pacjenta" }).click()
    await expect.poll(() => besideOf(page, id)).toContain(`Identyfikator pacjenta ${taken} jest już zajęty`)
    expect(await id.getAttribute("aria-invalid")).toBe("true")
    expect(await register.textContent()).not.toContain("Ten wpis już istnieje")
    for (const width of [1280, 768]) {
      await page.setViewportSize({ width, height: 900 })
      await screenshot(register, `form-words-register-${width}`)
    }
    await page.context().close()
  })

  it("draws the screening form's checkboxes full-sized beside their labels, clickable by the label, at 1280 and 768 px", async () => {
    const api = await apiAs(d, accounts.coordinator)
    const id = (await api.nextPatientId({ query: {} })).id
    await api.createPatient({ body: newPatient(id) })
    for (const width of [1280, 768]) {
      const page = await signedInAs(d, accounts.coordinator, { width })
      await page.goto(`${d.url}/patients/${id}`)
      await settled(page, "patient")
      await page.getByRole("button", { name: "Wprowadź kwalifikację" }).click()
      const screening = page.getByRole("form", { name: "Wprowadź kwalifikację" })
      const mri = screening.getByLabel("Wykonano MRI odcinka lędźwiowego i stawów krzyżowo-biodrowych")
      const box = await mri.boundingBox()
      expect(box?.width, `${width} px`).toBeGreaterThanOrEqual(14)
      expect(box?.height, `${width} px`).toBeGreaterThanOrEqual(14)
      // clicking the label's words ticks the box
      await screening.getByText("Wykonano MRI odcinka lędźwiowego", { exact: false }).click()
      expect(await mri.isChecked()).toBe(true)
      // the select's unanswered state asks for a choice; "nie wiadomo" is the one word for unknown
      const pregnancy = screening.getByLabel("Ciąża")
      const options = await pregnancy.locator("option").allTextContents()
      expect(options).toEqual(["Wybierz…", "nie", "tak", "nie wiadomo"])
      await screenshot(screening, `form-words-screening-${width}`)
      await page.context().close()
    }
  })

  it("leaves the coldest tip empty and the motor response readable in the typed-in procedure form, at 1280 and 768 px", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    const response = await page.request.get(`${d.url}/api/patients?status=eligible&center=waw&limit=50`)
    const { items } = (await response.json()) as { items: Array<{ id: string; treatedSide: string }> }
    const patient = items.find((p) => p.treatedSide !== "bilateral")!
    await page.goto(`${d.url}/patients/${patient.id}`)
    await settled(page, "patient")
    await page.getByRole("button", { name: "Wprowadź zabieg" }).click()
    await page.getByRole("button", { name: "Wprowadź wykonany zabieg" }).click()
    const form = page.getByRole("form", { name: "Wprowadź wykonany zabieg" })
    const lesion = form.getByRole("group", { name: "Lezja 1" })
    expect(await lesion.getByLabel("Najniższa temperatura końcówki (°C)").inputValue()).toBe("")
    const motor = lesion.getByLabel("Odpowiedź ruchowa", { exact: true })
    expect(await motor.locator("option").allTextContents()).toEqual(["Wybierz…", "Brak", "Wystąpiła"])
    for (const width of [1280, 768]) {
      await page.setViewportSize({ width, height: 900 })
      // the chosen option's words fit the select (nothing cut)
      const fits = await motor.evaluate((select: HTMLSelectElement) => {
        const probe = document.createElement("span")
        probe.style.font = getComputedStyle(select).font
        probe.textContent = select.selectedOptions[0]?.textContent ?? ""
        document.body.append(probe)
        const needed = probe.getBoundingClientRect().width
        probe.remove()
        return needed + 24 <= select.clientWidth
      })
      expect(fits, `${width} px`).toBe(true)
      await screenshot(lesion, `form-words-procedure-${width}`)
    }
    await page.context().close()
  })
})
