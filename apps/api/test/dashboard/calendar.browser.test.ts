import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure } from "../support/inputs.js"
import { accounts, axe, type Dashboard, screenshot, settled, startDashboard } from "./harness.js"

const patient = "WAW-CAL-0001"

// The records before the visit, through the API with the signed-in page's session (procedure on 2026-03-16).
const post = async (page: Page, url: string, path: string, data: unknown) => {
  const response = await page.request.post(`${url}${path}`, { data, headers: { "x-cryoreg-csrf": "1" } })
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201)
}

const answerEveryOdiSection = async (page: Page, answer: string) => {
  const sections = page.locator("fieldset.odi-section")
  for (let i = 0; i < (await sections.count()); i++)
    await sections.nth(i).getByLabel(answer, { exact: true }).check()
}

describe("the study's calendar in the dashboard", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  it("refuses a visit after today beside its date, then keeps one out of window and marks it on the patient and cohort pages", async () => {
    const page = await d.signedIn(accounts.clinician)
    await post(page, d.url, "/api/patients", newPatient(patient))
    await post(page, d.url, `/api/patients/${patient}/screening`, eligibleScreening)
    await post(page, d.url, `/api/patients/${patient}/blocks`, positiveBlock)
    await post(page, d.url, `/api/patients/${patient}/procedure`, procedure)

    await page.goto(`${d.url}/patients/${patient}`)
    await settled(page, "patient")
    await page.getByRole("button", { name: "Record a visit" }).click()
    const form = page.getByRole("form", { name: "Record a visit" })
    expect(await form.getByLabel("Days after the procedure").count()).toBe(0)
    await form.getByLabel("Time point").selectOption("month3")
    await form.getByLabel("Visit date").fill("2099-01-05")
    await form.getByLabel("NRS (0–10)").fill("4")
    await form.getByLabel("VAS (mm, 0–100)").fill("40")
    await answerEveryOdiSection(page, "1")
    expect(await axe(page)).toEqual([])
    await form.getByRole("button", { name: "Save the visit" }).click()
    const date = form.getByLabel("Visit date")
    await expect.poll(() => date.getAttribute("aria-invalid")).toBe("true")
    const error = await page.locator(`[id="${await date.getAttribute("aria-describedby")}"]`).textContent()
    expect(error).toMatch(/^Visit date: the date cannot be after today \(\d{1,2} [A-Z][a-z]{2} \d{4}\)$/)

    await date.fill("2026-07-14")
    expect(await form.getByRole("status").textContent()).toBe(
      "120 days after the procedure: out of window (the window of the 3-month visit is 75 to 105 days after the procedure)"
    )
    await form.getByRole("button", { name: "Save the visit" }).click()
    const row = page.getByRole("table", { name: "Visits" }).getByRole("row").nth(1)
    await row.getByText("out of window").waitFor()
    expect(await row.getByRole("cell").nth(2).textContent()).toBe("120")
    await screenshot(page, "calendar-visit-out-of-window")

    await page.goto(`${d.url}/cohort`)
    await settled(page, "cohort")
    const section = page.getByRole("region", { name: /Visits out of window/ })
    expect(await section.getByRole("heading").textContent()).toBe("Visits out of window (1)")
    const listed = section.getByRole("row").filter({ hasText: patient })
    expect(await listed.getByRole("cell").allTextContents()).toEqual([
      patient,
      "Neurolocus Pain Management Centre",
      "3 months out of window",
      "14 Jul 2026",
      "120",
      "75 to 105"
    ])
    expect(await axe(page)).toEqual([])
    await screenshot(page, "calendar-cohort-out-of-window")
    await page.close()
  })
})
