import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, axe, type Dashboard, screenshot, settled, startDashboard } from "./harness.js"

const pages = [
  { path: "/cohort", name: "cohort" },
  { path: "/outcomes", name: "outcomes" },
  { path: "/tables", name: "tables" },
  { path: "/subgroups", name: "subgroups" },
  { path: "/safety", name: "safety" },
  { path: "/patients", name: "patients" },
  { path: "/patients/WAW-0001", name: "patient" }
] as const

/** Opens every `<details>`, so the numbers behind each chart are checked and photographed too. */
const openDetails = (page: Page) =>
  page.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true
  })

describe("every page of the dashboard", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  it("passes axe-core's WCAG 2.1 A and AA checks on the login page", async () => {
    const login = await d.browser.newPage({ viewport: { width: 1280, height: 900 } })
    await login.goto(`${d.url}/login`)
    await login.getByTestId("server-status").waitFor()
    expect(await axe(login)).toEqual([])
    await screenshot(login, "login-1280")
    await login.close()
  })

  for (const width of [1280, 768])
    it(`passes axe-core's WCAG 2.1 A and AA checks on every signed-in page at ${width} px, photographed`, async () => {
      const page = await d.signedIn(accounts.coordinator, width)
      const errors: Array<string> = []
      page.on("pageerror", (e) => errors.push(e.message))
      const found: Record<string, unknown> = {}
      for (const p of pages) {
        await page.goto(`${d.url}${p.path}`)
        await settled(page, p.name)
        await openDetails(page)
        // On the patient page, the forms are checked too.
        if (p.name === "patient")
          for (const action of ["Record a block", "Record a visit", "Report an adverse event"])
            await page.getByRole("button", { name: action }).click()
        const violations = await axe(page)
        if (violations.length > 0) found[p.path] = violations
        await screenshot(page, `${p.name}-${width}`)
      }
      await page.close()
      expect(errors).toEqual([])
      expect(found).toEqual({})
    }, 120_000)

  it("moves through the signed-in page by keyboard: skip link first, then the navigation in order", async () => {
    const page = await d.signedIn(accounts.coordinator)
    await page.goto(`${d.url}/cohort`)
    await settled(page, "cohort")
    await page.keyboard.press("Tab")
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content")
    await page.keyboard.press("Tab")
    expect(await page.evaluate(() => document.activeElement?.closest("label")?.textContent)).toContain(
      "Language"
    )
    await page.keyboard.press("Tab")
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Change password")
    await page.keyboard.press("Tab")
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Sign out")
    const visited: Array<string | null | undefined> = []
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab")
      visited.push(await page.evaluate(() => document.activeElement?.textContent))
    }
    expect(visited).toEqual(["Cohort", "Outcomes", "Tables", "Subgroups", "Safety", "Patients"])
    await page.keyboard.press("Enter")
    await page.waitForURL(/\/patients$/)
    await page.close()
  })

  it("prints how long /outcomes takes to become interactive on the demo cohort", async () => {
    const page = await d.signedIn(accounts.statistician)
    await page.goto(`${d.url}/cohort`)
    await settled(page, "cohort")
    const times: Array<number> = []
    for (let run = 0; run < 3; run++) {
      await page.goto(`${d.url}/cohort`)
      await settled(page, "cohort")
      const started = Date.now()
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outcomes" }).click()
      await page.locator('[data-page="outcomes"][data-ready="true"]').waitFor()
      await page.locator('[data-page="outcomes"] [role="img"]').nth(4).waitFor()
      // Interactive: the main thread is free again (an idle callback runs) and the toggle answers.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })))
      await page.getByLabel("Show each patient's trajectory").check()
      times.push(Date.now() - started)
    }
    console.log(
      `/outcomes time to interactive after navigation (headless Chromium, demo cohort): ${times.join(", ")} ms`
    )
    expect(times).toHaveLength(3)
    await page.close()
  }, 60_000)
})
