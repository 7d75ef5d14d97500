import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, axe, type Dashboard, screenshot, settled, startDashboard } from "./harness.js"

interface Event {
  readonly id: string
  readonly patientId: string
  readonly type: string
  readonly onsetDays: number
  readonly resolutionDays: number | null
  readonly centerId: string
}

describe("corrections and retractions in the dashboard", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  it("corrects an adverse event's type and onset with a reason, and asks 'related' without a default", async () => {
    const page = await d.signedIn(accounts.clinician)
    const events = (await (await page.request.get(`${d.url}/api/adverse-events`)).json()) as {
      items: Array<Event>
    }
    const event = events.items.find(
      (e) => e.centerId === "waw" && e.type !== "infection" && (e.resolutionDays ?? 99) >= 1
    )!
    const onset = event.onsetDays === 1 ? 0 : 1
    await page.goto(`${d.url}/patients/${event.patientId}`)
    await settled(page, "patient")
    const section = page.locator('[data-step="adverse-events"]')

    // A new report: "related to the procedure" has no answer until one is given.
    await section.getByRole("button", { name: "Report an adverse event" }).click()
    const report = page.getByRole("form", { name: "Report an adverse event" })
    const related = report.getByRole("group", { name: "Related to the procedure" })
    expect(await related.getByLabel("Yes").isChecked()).toBe(false)
    expect(await related.getByLabel("No").isChecked()).toBe(false)
    await report.getByRole("button", { name: "Report the event" }).click()
    await expect.poll(() => related.textContent()).toContain("Choose related to the procedure: yes or no")
    await report.getByRole("button", { name: "Cancel" }).click()

    await section
      .getByRole("button", { name: `Correct the ${event.type} of day ${event.onsetDays}`, exact: true })
      .click()
    const form = page.getByRole("form", { name: "Correct the adverse event" })
    await form.getByLabel("Type").selectOption("infection")
    await form.getByLabel("Onset (days after the procedure)").fill(String(onset))
    await form.getByLabel("Reason for the correction").fill("the discharge letter says infection on the day")
    expect(await axe(page)).toEqual([])
    await screenshot(page, "correct-adverse-event-type-and-onset")
    await form.getByRole("button", { name: "Save the correction" }).click()
    await form.waitFor({ state: "detached" })
    await expect.poll(() => section.textContent(), { timeout: 10_000 }).toContain("infection (")
    expect(await section.textContent()).toContain(`day ${onset}`)
    const history = page.locator("ol.history")
    await expect
      .poll(() => history.textContent(), { timeout: 10_000 })
      .toContain("the discharge letter says infection on the day")
    expect(await history.textContent()).toContain(`Type: ${event.type} → infection`)
    expect(await history.textContent()).toContain(
      `Onset (days after the procedure): ${event.onsetDays} → ${onset}`
    )
    await page.close()
  })

  it("retracts a visit entered in error with its reason: gone from the visits, in the history", async () => {
    const page = await d.signedIn(accounts.coordinator)
    await page.goto(`${d.url}/patients/WAW-0003`)
    await settled(page, "patient")
    const visits = page.getByRole("table", { name: "Visits" })
    const rows = await visits.locator("tbody tr").count()
    expect(rows).toBeGreaterThan(0)
    await visits
      .getByRole("button", { name: /^Retract \(entered in error\) the .* visit$/ })
      .last()
      .click()
    const form = page.getByRole("form", { name: /^Retract the .* visit$/ })
    await form.getByRole("button", { name: "Retract" }).click()
    // No reason: refused next to the field, nothing sent.
    await expect
      .poll(() => form.getByLabel("Reason for the retraction").getAttribute("aria-invalid"))
      .toBe("true")
    expect(await axe(page)).toEqual([])
    await form.getByLabel("Reason for the retraction").fill("entered in the wrong patient's record")
    await screenshot(page, "retract-visit")
    await form.getByRole("button", { name: "Retract" }).click()
    await form.waitFor({ state: "detached" })
    await expect.poll(() => visits.locator("tbody tr").count(), { timeout: 10_000 }).toBe(rows - 1)
    const history = page.locator("ol.history")
    await expect
      .poll(() => history.textContent(), { timeout: 10_000 })
      // the visit named by its time point and its date, as every record in the history
      .toMatch(/visit of \d{1,2} [A-Z][a-z]{2} \d{4} retracted \(entered in error\)/)
    expect(await history.textContent()).toContain(
      "(entered in error)Reason: entered in the wrong patient's record"
    )
    await screenshot(page, "retracted-visit-in-history")
    await page.close()
  })

  it("ticks the categories of the drugs named and says beside a box when unticking it contradicts one", async () => {
    const page = await d.signedIn(accounts.clinician)
    await page.goto(`${d.url}/patients/WAW-0004`)
    await settled(page, "patient")
    await page.getByRole("button", { name: "Record a visit" }).click()
    const form = page.getByRole("form", { name: "Record a visit" })
    const drugs = form.getByLabel(/^Drugs/)
    await drugs.pressSequentially("ibuprofen, tramadol")
    const notes = form.getByRole("list", { name: "Category of each drug" })
    await expect.poll(() => notes.textContent()).toContain("tramadol — opioid (ATC N02AX02)")
    expect(await notes.textContent()).toContain("ibuprofen — NSAID (ATC M01AE01)")
    const opioid = form.getByLabel("Opioid-containing")
    expect(await opioid.isChecked()).toBe(true)
    expect(await form.getByLabel("NSAIDs").isChecked()).toBe(true)
    await opioid.uncheck()
    const error = page.locator(`[id="${await opioid.getAttribute("aria-describedby")}"]`)
    expect(await error.textContent()).toBe(
      'tramadol is opioid-containing (ATC N02AX02): tick "Opioid-containing" or remove the drug'
    )
    expect(await axe(page)).toEqual([])
    await screenshot(page, "visit-analgesics-contradiction")
    await page.close()
  })
})
