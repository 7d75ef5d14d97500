import type { BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure } from "../support/inputs.js"
import { accounts, axe, csvFile, type Dashboard, screenshot, settled, startDashboard } from "./harness.js"
import { codeWords } from "./journey-support.js"

// The patient's records before the visit, through the API with the page's session (procedure on 2026-03-16).
const treated = async (page: Page, url: string, id: string) => {
  for (const [path, data] of [
    ["/api/patients", newPatient(id)],
    [`/api/patients/${id}/screening`, eligibleScreening],
    [`/api/patients/${id}/blocks`, positiveBlock],
    [`/api/patients/${id}/procedure`, procedure]
  ] as const) {
    const response = await page.request.post(`${url}${path}`, { data, headers: { "x-cryoreg-csrf": "1" } })
    expect(response.status(), `${path}: ${await response.text()}`).toBe(201)
  }
}

const errorOf = async (page: Page, field: ReturnType<Page["getByLabel"]>) => {
  await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true")
  return page.locator(`[id="${await field.getAttribute("aria-describedby")}"]`).textContent()
}

const words = {
  pl: {
    record: "Wprowadź wizytę",
    date: "Data wizyty",
    save: "Zapisz wizytę",
    visits: "Wizyty",
    before: "01.03.2026",
    refused: "Data wizyty: nie może przypadać przed zabiegiem (16.03.2026)",
    impossible: "Data wizyty: dnia 31.02.2026 nie ma w kalendarzu",
    good: "14.06.2026",
    placeholder: "dd.mm.rrrr"
  },
  en: {
    record: "Record a visit",
    date: "Visit date",
    save: "Save the visit",
    visits: "Visits",
    before: "1 Mar 2026",
    refused: "Visit date: cannot be before the procedure (16 Mar 2026)",
    impossible: "Visit date: 31 Feb 2026 is not a day of the calendar",
    good: "14 Jun 2026",
    placeholder: "e.g. 7 Dec 2026"
  }
} as const

/** A 3-month visit typed in the language's date format: refused before the procedure, then saved. */
const visitInOrder = async (page: Page, url: string, id: string, lang: "pl" | "en") => {
  const w = words[lang]
  await treated(page, url, id)
  await page.goto(`${url}/patients/${id}`)
  await settled(page, "patient")
  await page.getByRole("button", { name: w.record }).click()
  const form = page.getByRole("form", { name: w.record })
  await form.getByLabel(lang === "pl" ? "Punkt czasowy" : "Time point").selectOption("month3")
  const date = form.getByLabel(w.date)
  expect(await date.getAttribute("placeholder")).toBe(w.placeholder)
  await date.fill(lang === "pl" ? "31.02.2026" : "31 Feb 2026")
  expect(await errorOf(page, date)).toBe(w.impossible)
  await date.fill(w.before)
  await form.getByLabel("NRS (0–10)").fill("4")
  await form.getByLabel("VAS (mm, 0–100)").fill("40")
  const sections = page.locator("fieldset.odi-section")
  for (let i = 0; i < (await sections.count()); i++)
    await sections.nth(i).getByLabel("1", { exact: true }).check()
  await form.getByRole("button", { name: w.save }).click()
  await expect.poll(async () => errorOf(page, date)).toBe(w.refused)
  expect(await page.locator("main").textContent()).not.toMatch(codeWords)
  expect(await axe(page)).toEqual([])
  await screenshot(page, `words-forms-visit-refused-${lang}`)
  await date.fill(w.good)
  await form.getByRole("button", { name: w.save }).click()
  await form.waitFor({ state: "detached", timeout: 20_000 })
  await page.getByRole("table", { name: w.visits }).getByText(w.good).waitFor()
  await screenshot(page, `words-forms-visit-saved-${lang}`)
}

describe("dates and refusals in the user's language", () => {
  let d: Dashboard
  let polish: BrowserContext
  beforeAll(async () => {
    d = await startDashboard()
    polish = await d.browser.newContext({ locale: "pl-PL", viewport: { width: 1280, height: 900 } })
  }, 120_000)
  afterAll(async () => {
    await polish?.close()
    await d?.close()
  })

  const polishPage = async (): Promise<Page> => {
    const page = await polish.newPage()
    await page.goto(`${d.url}/login`)
    await page.getByLabel("Nazwa użytkownika").fill(accounts.coordinator)
    await page.getByLabel("Hasło").fill(d.server.bootstrapped.generatedPassword ?? "dashboard-e2e-password")
    await page.getByRole("button", { name: "Zaloguj" }).click()
    await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 30_000 })
    return page
  }

  it("in Polish: a visit dated before its procedure is refused naming the procedure and its date; 14.06.2026 is saved", async () => {
    const page = await polishPage()
    await visitInOrder(page, d.url, "WAW-7701", "pl")
    await page.close()
  })

  it("in English: the same refusal in English words and dates; 14 Jun 2026 is saved", async () => {
    const page = await d.signedIn(accounts.clinician)
    await visitInOrder(page, d.url, "WAW-7702", "en")
    await page.close()
  })

  it("in Polish: an import dry run with a bad row words the row's rule and problem in Polish", async () => {
    const page = await polishPage()
    await page.goto(`${d.url}/import`)
    await settled(page, "import")
    const template = async (file: string) =>
      (await (await page.request.get(`${d.url}/api/import/tidy/template/${file}`)).text()).replaceAll(
        "WAW-0201",
        "WAW-0311"
      )
    const lines = (await template("visits.csv")).split("\r\n")
    lines[3] = lines[3]!.replace(",7,68,", ",eleven,68,")
    await page.locator("#import-visits").setInputFiles(csvFile("visits.csv", lines.join("\r\n")))
    await page.getByRole("button", { name: "Sprawdź pliki" }).click()
    const report = page.getByTestId("import-report")
    // the bad cell, and (one pass reports every problem) the 3- and 6-month visits without a procedure, as
    // only visits.csv is uploaded
    await report.getByText(/^Znaleziono 3 problemy/).waitFor()
    expect(await report.locator("tbody tr").first().locator("td").allTextContents()).toEqual([
      "visits.csv",
      "4",
      "nrs",
      "wartość dozwolona w tej kolumnie",
      "„eleven” nie jest liczbą: wpisz cyfry, np. 7 lub 2,5"
    ])
    expect(await report.textContent()).not.toMatch(/is not a number|value allowed/)
    expect(await axe(page)).toEqual([])
    await screenshot(page, "words-forms-import-pl")
    await page.close()
  })
})
