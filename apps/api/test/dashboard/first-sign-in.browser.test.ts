import { Model } from "@cryoreg/domain"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, apiAs, type Dashboard, settled, startDashboard } from "./harness.js"

// A newcomer's first sign-in with a password the administrator chose, then its change: the dashboard asks
// for nothing the user may not read yet, so the browser logs no error and no request is refused.

/** Console errors and refused requests (4xx, 5xx) of the page from now on. */
const recorded = (page: Page) => {
  const problems: Array<string> = []
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`)
  })
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`)
  })
  page.on("requestfailed", (r) => problems.push(`failed ${r.method()} ${new URL(r.url()).pathname}`))
  return problems
}

describe("the first sign-in and the password change, without refused requests (Polish)", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
    const admin = await apiAs(d, accounts.admin)
    for (const [username, role, centerId] of [
      ["coordinator-first", "coordinator", Model.CenterId.make("waw")],
      ["statistician-first", "statistician", null]
    ] as const)
      await admin.createUser({
        body: { username, displayName: username, role, centerId, password: "chosen-by-the-admin-42" }
      })
  })
  afterAll(async () => {
    await d?.close()
  })

  it.each(["coordinator-first", "statistician-first"])(
    "%s: the sign-in page, the forced change and the cohort after it log no error",
    async (username) => {
      const context = await d.browser.newContext({ locale: "pl-PL", viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      const problems = recorded(page)
      await page.goto(`${d.url}/login`)
      await page.getByLabel("Nazwa użytkownika").fill(username)
      await page.getByLabel("Hasło", { exact: true }).fill("chosen-by-the-admin-42")
      await page.getByRole("button", { name: "Zaloguj" }).click()
      await page.waitForURL(/\/account\/password$/)
      await page.getByText("Twoje hasło zostało nadane").waitFor()
      // what a page might have asked for has had time to come back
      await page.waitForLoadState("networkidle")
      expect(problems).toEqual([])
      await page.getByLabel("Obecne hasło").fill("chosen-by-the-admin-42")
      await page.getByLabel("Nowe hasło", { exact: true }).fill("amber-orchard-violin-73")
      await page.getByLabel("Powtórz nowe hasło").fill("amber-orchard-violin-73")
      await page.getByRole("button", { name: "Zmień hasło" }).click()
      await page.waitForURL(/\/cohort$/)
      await settled(page, "cohort")
      await page.waitForLoadState("networkidle")
      // the registry is read once the password is the user's own
      expect(await page.locator("main").textContent()).toMatch(/\d/)
      expect(problems).toEqual([])
      await context.close()
    },
    120_000
  )
})
