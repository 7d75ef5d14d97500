import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { type Browser, chromium, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Database from "../../src/Database.js"
import { type RunningServer, startServer } from "../../src/server.js"
import { password } from "../support/registry.js"
import { tempDataDir } from "../support/server.js"

const webDir = fileURLToPath(new URL("../../../web/dist", import.meta.url))
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

// Every Content-Security-Policy violation of a page, as the browser reports them.
const watch = async (page: Page) => {
  const violations: Array<string> = []
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) violations.push(m.text())
  })
  page.on("pageerror", (e) => violations.push(`page error: ${e.message}`))
  return violations
}

describe("the dashboard under the Content-Security-Policy (Chromium)", () => {
  let server: RunningServer
  let browser: Browser
  beforeAll(async () => {
    if (!existsSync(`${webDir}/index.html`))
      throw new Error(`No built dashboard in ${webDir}: run \`pnpm build\``)
    process.env.CRYOREG_ADMIN_PASSWORD = password
    process.env.CRYOREG_DEMO = "1"
    server = await startServer({
      port: 0,
      host: "127.0.0.1",
      webDir,
      database: Database.sqlite(tempDataDir())
    })
    browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu"] })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it("signs in and draws the cohort and outcome charts without a violation", async () => {
    const page = await browser.newPage()
    const violations = await watch(page)
    await page.goto(`${server.url}/login`)
    await page.locator("input[autocomplete=username], input[name=username]").first().fill("admin")
    await page.locator("input[type=password]").first().fill(password)
    await page.locator("button[type=submit]").first().click()
    await page.waitForURL(/\/cohort/, { timeout: 15_000 })
    // Observable Plot's charts (their SVG carries a generated "plot-…" class and an inline <style>).
    await page.locator("svg[class*='plot']").first().waitFor({ timeout: 15_000 })
    await page.goto(`${server.url}/outcomes`)
    await page.locator("svg[class*='plot']").first().waitFor({ timeout: 15_000 })
    expect(violations).toEqual([])
  })
  // The reference page /api/docs: test/registry/docs.browser.test.ts (every request and console error).
})
