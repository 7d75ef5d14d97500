import type { Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, axe, type Dashboard, screenshot, settled, startDashboard } from "./harness.js"

interface Listed {
  readonly id: string
  readonly treatedSide: string
}

/** Eligible demo patients of Warsaw with one treated side (no procedure yet, by their status). */
const eligible = async (page: Page, url: string): Promise<Array<Listed>> => {
  const response = await page.request.get(`${url}/api/patients?status=eligible&center=waw&limit=50`)
  expect(response.status()).toBe(200)
  const { items } = (await response.json()) as { items: Array<Listed> }
  return items.filter((p) => p.treatedSide !== "bilateral")
}

const procedureOf = async (page: Page, url: string, id: string) => {
  const response = await page.request.get(`${url}/api/patients/${id}`)
  return ((await response.json()) as { procedure: { procedure: { lesions: Array<unknown> } } | null })
    .procedure
}

const openForm = async (page: Page, url: string, id: string): Promise<Locator> => {
  await page.goto(`${url}/patients/${id}`)
  await settled(page, "patient")
  await page.getByRole("button", { name: "Enter the procedure" }).click()
  await page.getByRole("button", { name: "Enter a procedure already done" }).click()
  const form = page.getByRole("form", { name: "Enter a procedure already done" })
  await form.getByLabel("Procedure date").fill("2026-11-20")
  await form.getByLabel("Operator").fill("Dr A. Nowak")
  await form.getByLabel("Device serial").fill("CF-A13-0042")
  await form.getByLabel("Duration (minutes)").fill("35")
  return form
}

const errorBeside = async (page: Page, field: Locator): Promise<string | null> => {
  await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true")
  return page.locator(`[id="${await field.getAttribute("aria-describedby")}"]`).textContent()
}

describe("entering a procedure done earlier in the dashboard", () => {
  let d: Dashboard
  let patients: Array<Listed>
  beforeAll(async () => {
    d = await startDashboard()
    const page = await d.signedIn(accounts.coordinator)
    patients = await eligible(page, d.url)
    await page.close()
    expect(patients.length).toBeGreaterThanOrEqual(3)
  })
  afterAll(async () => {
    await d?.close()
  })

  it("enters 7 lesions with the protocol's values and sees them on the patient page", async () => {
    const page = await d.signedIn(accounts.coordinator)
    const patient = patients[0]!
    const form = await openForm(page, d.url, patient.id)
    for (let n = 0; n < 6; n++) await form.getByRole("button", { name: "Add a lesion" }).click()
    expect(await form.getByRole("group", { name: /^Lesion \d$/ }).count()).toBe(7)
    expect(await axe(page)).toEqual([])
    await screenshot(page, "procedure-form-7-lesions")
    await form.getByRole("button", { name: "Save the procedure" }).click()
    const summary = page.getByText(
      `${patient.treatedSide === "left" ? "Left" : "Right"} side: 7 lesions at L5, S1, S2, S3`
    )
    await summary.waitFor({ timeout: 20_000 })
    expect(await page.getByText("Entered after the procedure").count()).toBe(1)
    expect(await page.getByText("No deviation from the protocol.").count()).toBe(1)
    expect((await procedureOf(page, d.url, patient.id))?.procedure.lesions).toHaveLength(7)
    await screenshot(page, "procedure-form-saved")
    await page.close()
  })

  it.each([768, 390])("fits the form in %i px without scrolling sideways", async (width) => {
    const page = await d.signedIn(accounts.coordinator, width)
    const form = await openForm(page, d.url, patients[2]!.id)
    await form.getByRole("button", { name: "Add a lesion" }).click()
    await form.getByRole("group", { name: "Lesion 1" }).getByRole("button", { name: "Add a cycle" }).click()
    await screenshot(page, `procedure-form-${width}`)
    expect(await form.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    expect(await form.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(width)
    await page.close()
  })

  it("shows a freeze end before its start beside that field and stores nothing", async () => {
    const page = await d.signedIn(accounts.coordinator)
    const patient = patients[1]!
    const form = await openForm(page, d.url, patient.id)
    await form.getByRole("button", { name: "Add a lesion" }).click()
    await form.getByRole("button", { name: "Add a lesion" }).click()
    const third = form.getByRole("group", { name: "Lesion 3" })
    const end = third.getByLabel("Freeze end")
    await end.fill("5:00")
    await form.getByLabel("Operator").fill("")
    await form.getByRole("button", { name: "Save the procedure" }).click()
    expect(await errorBeside(page, end)).toBe(
      "The freeze end of lesion 3, cycle 1 (5:00) is before the freeze start of lesion 3, cycle 1 (6:00); the times of a procedure go forward"
    )
    expect(await errorBeside(page, form.getByLabel("Operator"))).toBe("Fill in “Operator”")
    expect(await page.getByRole("alert").first().textContent()).toContain("nothing was saved")
    await screenshot(page, "procedure-form-errors")
    expect(await axe(page)).toEqual([])
    expect(await procedureOf(page, d.url, patient.id)).toBeNull()
    await page.close()
  })
})
