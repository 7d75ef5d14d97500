import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { accounts, type Dashboard, screenshot, settled, signedInAs, startDashboard } from "./harness.js"

// What a newcomer walking the dashboard in Polish found: drugs shown by their ATC code, "other" adverse events
// that all read alike, choices capitalised inside sentences, a name after a verb of the masculine, English names.

/** A treated patient with a 3-month visit whose drugs were written by their ATC codes, and two "other" events. */
const seed = async (page: Page, url: string, id: string) => {
  const post = async (path: string, data: unknown) => {
    const response = await page.request.post(`${url}${path}`, { data, headers: { "x-cryoreg-csrf": "1" } })
    expect(response.status(), `${path}: ${await response.text()}`).toBe(201)
  }
  await post("/api/patients", newPatient(id))
  await post(`/api/patients/${id}/screening`, eligibleScreening)
  await post(`/api/patients/${id}/blocks`, positiveBlock)
  await post(`/api/patients/${id}/procedure`, procedure)
  const month3 = visit("month3", 4, 91)
  await post(`/api/patients/${id}/visits`, { ...month3, analgesics: { drugs: ["N02AX02", "M01AB05"] } })
  const other = {
    type: "other",
    severity: "mild",
    serious: false,
    resolutionDays: 2,
    relatedToProcedure: true
  }
  await post(`/api/patients/${id}/adverse-events`, { ...other, onsetDays: 1, description: "zawroty głowy" })
  await post(`/api/patients/${id}/adverse-events`, { ...other, onsetDays: 1, description: "nudności" })
}

describe("the words a newcomer reads in Polish", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  }, 120_000)
  afterAll(async () => {
    await d?.close()
  })

  it("names a drug written as its ATC code by its Polish name, and tells one 'other' adverse event from another", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    await seed(page, d.url, "WAW-7801")
    await page.goto(`${d.url}/patients/WAW-7801`)
    await settled(page, "patient")
    const visits = page.getByRole("table", { name: "Wizyty" })
    const analgesics = await visits.locator("tbody tr").first().textContent()
    expect(analgesics).toContain("tramadol — opioid")
    expect(analgesics).toContain("diklofenak — NLPZ")
    expect(analgesics).not.toMatch(/N02AX02|M01AB05/)
    const main = (await page.locator("main").textContent()) ?? ""
    expect(main).toContain("inne: zawroty głowy (łagodne, związane z zabiegiem), dzień 1")
    expect(main).toContain("inne: nudności (łagodne, związane z zabiegiem), dzień 1")
    // and the history names each by its description too
    expect(main).toContain("Zdarzenie niepożądane „inne: zawroty głowy” z początkiem 17.03.2026 zgłoszone")
    expect(main).toContain("Zdarzenie niepożądane „inne: nudności” z początkiem 17.03.2026 zgłoszone")
    await screenshot(page, "newcomer-words-patient-pl")
    await page.context().close()
  })

  it("lists a select's choices in lower case inside a refusal, though the select shows them with a capital", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    await page.goto(`${d.url}/patients/WAW-7801`)
    await settled(page, "patient")
    await page.getByRole("button", { name: "Wprowadź wizytę" }).click()
    const form = page.getByRole("form", { name: "Wprowadź wizytę" })
    const timepoint = form.getByLabel("Punkt czasowy")
    expect(await timepoint.locator("option").allTextContents()).toContain("Wizyta wyjściowa")
    await form.getByRole("button", { name: "Zapisz wizytę" }).click()
    await expect.poll(() => timepoint.getAttribute("aria-invalid")).toBe("true")
    const error = await page
      .locator(`[id="${await timepoint.getAttribute("aria-describedby")}"]`)
      .textContent()
    expect(error).toBe(
      "Punkt czasowy: wybierz jedną z możliwości: wizyta wyjściowa, 3 miesiące lub 6 miesięcy"
    )
    await screenshot(form, "newcomer-words-choices-pl")
    await page.context().close()
  })

  it("names an account after a colon, with no pronoun of a gender, when ending its sessions or deactivating it", async () => {
    const page = await signedInAs(d, accounts.admin)
    await page.goto(`${d.url}/admin/users`)
    await settled(page, "admin-users")
    // the demo accounts' names are Polish, as a Polish center's administrator types them
    expect(await page.locator("main").textContent()).toContain("Lekarz, Piła")
    let asked = ""
    page.once("dialog", (dialog) => {
      asked = dialog.message()
      void dialog.dismiss()
    })
    await page.getByRole("button", { name: "Dezaktywuj: clinician-pila" }).click()
    await expect.poll(() => asked).not.toBe("")
    expect(asked).toBe(
      "Dezaktywować konto: Lekarz, Piła? Wszystkie sesje tego konta zostaną zakończone, a zalogować się na nie będzie można dopiero po przywróceniu konta."
    )
    await page.getByRole("button", { name: "Zakończ sesje: clinician-pila" }).click()
    await expect
      .poll(async () => page.locator("main").textContent())
      .toContain("Zakończono wszystkie sesje konta: Lekarz, Piła.")
    expect(await page.locator("main").textContent()).not.toMatch(/\b[Jj]ego sesje|użytkownika Lekarz/)
    await screenshot(page, "newcomer-words-admin-pl")
    await page.context().close()
  })

  it("shows the demo clinician's name in Polish beside the center", async () => {
    const page = await signedInAs(d, accounts.clinician)
    const box = (await page.locator(".user-box").textContent()) ?? ""
    expect(box).toContain("Lekarz, Warszawa")
    expect(box).not.toMatch(/Clinician|Warsaw\b/)
    await page.context().close()
  })
})
