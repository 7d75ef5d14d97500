import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, type Dashboard, screenshot, settled, signedInAs, startDashboard } from "./harness.js"

let d: Dashboard
beforeAll(async () => {
  d = await startDashboard()
}, 120_000)
afterAll(async () => {
  await d?.close()
})

/** The select's text and background colours as the browser paints them. */
const colours = (page: Page) =>
  page
    .locator("header")
    .getByLabel("Język")
    .evaluate((el) => {
      const s = getComputedStyle(el)
      return { color: s.color, background: s.backgroundColor }
    })

describe("the Polish dashboard's header and procedure form", () => {
  it("shows the language switch legibly in the dark header at 1280 and 768 px", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    await page.goto(`${d.url}/patients`)
    await settled(page, "patients")
    for (const width of [1280, 768]) {
      await page.setViewportSize({ width, height: 900 })
      const select = page.locator("header").getByLabel("Język")
      expect(await select.locator("option:checked").textContent()).toBe("Polski")
      const { color, background } = await colours(page)
      expect(color).not.toBe(background)
      expect(color).toBe("rgb(27, 36, 48)")
      await screenshot(page, `header-language-switch-pl-${width}`)
    }
    await page.context().close()
  })

  it("enters a procedure in Polish: decimal commas in the voltages, errors in Polish", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    const response = await page.request.get(`${d.url}/api/patients?status=eligible&center=waw&limit=50`)
    const { items } = (await response.json()) as { items: Array<{ id: string; treatedSide: string }> }
    const patient = items.find((p) => p.treatedSide !== "bilateral")!
    await page.goto(`${d.url}/patients/${patient.id}`)
    await settled(page, "patient")
    await page.getByRole("button", { name: "Wprowadź zabieg" }).click()
    await page.getByRole("button", { name: "Wprowadź wykonany zabieg" }).click()
    const form = page.getByRole("form", { name: "Wprowadź wykonany zabieg" })
    await expect(form.getByRole("group", { name: "Lezja 1" }).count()).resolves.toBe(1)
    const voltages = form.getByLabel("Sprawdzone napięcia (V)")
    expect(await voltages.inputValue()).toMatch(/^\d+(,\d+)?(; \d+(,\d+)?)+$/)
    expect(await voltages.inputValue()).toContain(",")
    await voltages.fill("0,5; 1; x")
    await form.getByRole("button", { name: "Zapisz zabieg" }).click()
    await expect.poll(() => form.getByText("Wpisz napięcia jako liczby, np. 0,5; 1; 1,5; 2").count()).toBe(1)
    await expect.poll(() => form.getByText("Uzupełnij pole „Operator”").count()).toBe(1)
    await screenshot(page, "procedure-form-pl")
    await page.context().close()
  })
})
