import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, axe, type Dashboard, startDashboard } from "./harness.js"

describe("analysis sets in the dashboard", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  it("makes a set from a selection on the tables page, switches the tables to it, and back to the live registry", async () => {
    const page = await d.signedIn(accounts.statistician)
    await page.goto(`${d.url}/tables`)
    const select = page.getByLabel("Computed from")
    // The paper comparison defaults to the demo cohort's set.
    await page.locator("[data-set-summary]").waitFor()
    expect(await select.locator("option:checked").textContent()).toMatch(
      /^Study cohort \(demo\) — 107 patients/
    )
    expect(await page.locator("[data-set-summary]").textContent()).toMatch(/107 patients.*[0-9a-f]{64}/)

    await page.getByRole("button", { name: "Freeze a new analysis set" }).click()
    const form = page.getByRole("form", { name: "Freeze a new analysis set" })
    await form.getByLabel("Name of the set").fill("Piła, first submission")
    await form.getByLabel(/Piła$/).check()
    await form.getByLabel("Seen at 6 months").check()
    expect(await axe(page)).toEqual([])
    await form.getByRole("button", { name: "Freeze the set" }).click()

    await page.waitForURL((u) => /^set-[0-9a-f]{16}$/.test(u.searchParams.get("set") ?? ""))
    const id = new URL(page.url()).searchParams.get("set")!
    await page
      .locator("[data-set-summary]", { hasText: "Piła" })
      .or(page.locator("[data-set-summary]"))
      .first()
      .waitFor()
    await expect
      .poll(() => select.locator("option:checked").textContent())
      .toMatch(/^Piła, first submission — \d+ patients/)
    const n = Number((await select.locator("option:checked").textContent())!.match(/— (\d+) patients/)![1])
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThan(107)
    await expect
      .poll(() => page.getByText(/Computed from \d+ treated patients/).textContent())
      .toContain(`Computed from ${n} treated`)
    const csv = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href")
    expect(csv).toContain(`set=${id}`)

    // Kept in the URL: another page opened with it reads the same set.
    await page.goto(`${d.url}/subgroups?set=${id}`)
    await expect
      .poll(() => page.getByLabel("Computed from").locator("option:checked").textContent())
      .toMatch(/^Piła, first submission/)

    await page.goto(`${d.url}/tables?set=${id}`)
    await page.getByLabel("Computed from").selectOption("live")
    await page.waitForURL((u) => u.searchParams.get("set") === "live")
    await expect
      .poll(() => page.getByText(/Computed from \d+ treated patients/).textContent())
      .toContain("Computed from 107 treated")
    await page.close()
  })

  it("shows a form's refusal in words and freezes nothing", async () => {
    const page = await d.signedIn(accounts.statistician)
    await page.goto(`${d.url}/cohort`)
    await page.getByRole("button", { name: "Freeze a new analysis set" }).click()
    const form = page.getByRole("form", { name: "Freeze a new analysis set" })
    await form.getByLabel("Name of the set").fill("Reversed")
    await form.getByLabel("Treated from").fill("2026-06-01")
    await form.getByLabel("Treated to").fill("2026-01-01")
    await form.getByRole("button", { name: "Freeze the set" }).click()
    await expect
      .poll(() => form.textContent())
      .toContain("Treated to: cannot be before “Treated from” (1 Jun 2026)")
    expect(new URL(page.url()).searchParams.get("set")).toBeNull()
    await page.close()
  })
})
