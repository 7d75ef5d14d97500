import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, axe, type Dashboard, settled, startDashboard } from "./harness.js"

const visitsOf = async (page: Page, url: string, id: string): Promise<number> => {
  const response = await page.request.get(`${url}/api/patients/${id}`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { visits: Array<unknown> }).visits.length
}

const answerEveryOdiSection = async (page: Page, answer: string) => {
  const sections = page.locator("fieldset.odi-section")
  for (let i = 0; i < (await sections.count()); i++)
    await sections.nth(i).getByLabel(answer, { exact: true }).check()
}

describe("entering records in the dashboard", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  it("shows the NRS field error for an NRS of 11 and stores nothing", async () => {
    const page = await d.signedIn(accounts.clinician)
    const before = await visitsOf(page, d.url, "WAW-0002")
    await page.goto(`${d.url}/patients/WAW-0002`)
    await settled(page, "patient")
    await page.getByRole("button", { name: "Record a visit" }).click()
    const form = page.getByRole("form", { name: "Record a visit" })
    await form.getByLabel("Time point").selectOption("month6")
    // the days after the procedure are not typed: the form counts them from the visit's date
    expect(await form.getByLabel("Days after the procedure").count()).toBe(0)
    await form.getByLabel("Visit date").fill("2026-01-15")
    expect(await form.getByRole("status").textContent()).toMatch(/\d+ days (after|before) the procedure/)
    await form.getByLabel("NRS (0–10)").fill("11")
    await form.getByLabel("VAS (mm, 0–100)").fill("40")
    await answerEveryOdiSection(page, "1")
    expect(await page.getByTestId("odi-score").textContent()).toContain("20.0 %")
    await form.getByRole("button", { name: "Save the visit" }).click()
    const nrs = form.getByLabel("NRS (0–10)")
    await expect.poll(() => nrs.getAttribute("aria-invalid")).toBe("true")
    const errorId = await nrs.getAttribute("aria-describedby")
    const error = await page.locator(`[id="${errorId}"]`).textContent()
    expect(error).toBe("NRS (0–10): a whole number from 0 to 10")
    expect(await visitsOf(page, d.url, "WAW-0002")).toBe(before)
    await page.close()
  })

  it("registers a new patient whose screening shows the eligibility verdict, criterion by criterion", async () => {
    const page = await d.signedIn(accounts.clinician)
    await page.goto(`${d.url}/patients`)
    await settled(page, "patients")
    await page.getByRole("button", { name: "Register a patient" }).click()
    await page.getByLabel("Patient id", { exact: true }).fill("WAW-E2E-0001")
    await page.getByLabel("Sex").selectOption("female")
    await page.getByLabel("Birth year").fill("1970")
    await page.getByLabel("Treated side").selectOption("right")
    await page.getByRole("button", { name: "Register patient" }).click()
    await page.waitForURL(/\/patients\/WAW-E2E-0001$/)
    await page.getByRole("button", { name: "Record the screening" }).click()
    const screening = page.getByRole("form", { name: "Record the screening" })
    await screening.getByLabel("Screening date").fill("2026-11-02")
    await screening.getByLabel("Pain duration (months)").fill("14")
    await screening.getByLabel("NRS at screening (0–10)").fill("7")
    await screening.getByLabel("Failed conservative care (months)").fill("6")
    await screening.getByLabel("MRI of the lumbar spine and SIJs done").check()
    for (const select of await screening.locator("fieldset select").all()) await select.selectOption("no")
    await screening.getByRole("button", { name: "Save the screening" }).click()
    const verdict = page.getByTestId("eligibility")
    await verdict.waitFor()
    // No diagnostic block yet: the block criterion is unanswered, so the verdict cannot be "eligible".
    expect(await verdict.textContent()).not.toContain("Eligible: every criterion is met")
    expect(await verdict.locator("li.met").count()).toBeGreaterThanOrEqual(4 + 8)
    await page.getByRole("button", { name: "Record a block" }).click()
    const block = page.getByRole("form", { name: "Record a diagnostic block" })
    await block.getByLabel("Block date").fill("2026-11-09")
    await block.getByLabel("Volume (ml)").fill("1.5")
    await block.getByLabel("NRS before the block").fill("7")
    await block.getByLabel("NRS after the block").fill("2")
    await block.getByLabel("Minutes after the injection").fill("45")
    await block.getByRole("button", { name: "Save the block" }).click()
    await expect
      .poll(() => verdict.textContent(), { timeout: 10_000 })
      .toContain("Eligible: every criterion is met")
    expect(await page.getByRole("cell", { name: "71 %" }).count()).toBe(1)
    await page.close()
  })

  it("corrects a diagnostic block with a reason: the block shows the new values and the history keeps the reason", async () => {
    const page = await d.signedIn(accounts.clinician)
    await page.goto(`${d.url}/patients/WAW-0005`)
    await settled(page, "patient")
    const blocks = page.getByRole("table", { name: "Diagnostic blocks" })
    await blocks
      .getByRole("button", { name: /^Correct the block of / })
      .first()
      .click()
    const form = page.getByRole("form", { name: "Correct the diagnostic block" })
    // The other correction forms open beside it: all pass axe-core's WCAG 2.1 A and AA checks.
    await page.getByRole("button", { name: "Correct the patient's data" }).click()
    await page.getByRole("button", { name: "Correct the procedure" }).click()
    expect(await axe(page)).toEqual([])
    await form.getByLabel("Volume (ml)").fill("1.2")
    await form.getByRole("button", { name: "Save the correction" }).click()
    // No reason: refused next to the field, nothing sent.
    await expect
      .poll(() => form.getByLabel("Reason for the correction").getAttribute("aria-invalid"))
      .toBe("true")
    await form.getByLabel("Reason for the correction").fill("volume copied from the wrong syringe label")
    await form.getByRole("button", { name: "Save the correction" }).click()
    await form.waitFor({ state: "detached" })
    await expect.poll(() => blocks.textContent(), { timeout: 10_000 }).toContain("1.2 ml")
    const history = page.locator("ol.history")
    await expect
      .poll(() => history.textContent(), { timeout: 10_000 })
      .toContain("volume copied from the wrong syringe label")
    await page.close()
  })
})
