import { type Browser, chromium } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Registry, startRegistry } from "../support/registry.js"

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

describe("the API reference page /api/docs (Chromium)", () => {
  let registry: Registry
  let browser: Browser
  beforeAll(async () => {
    registry = await startRegistry("sqlite", { demo: false })
    browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu"] })
  })
  afterAll(async () => {
    await browser?.close()
    await registry?.close()
  })

  it("asks no other host for anything, breaks no rule of its CSP, and offers no menu that needs one", async () => {
    const page = await browser.newPage()
    const requests: Array<string> = []
    const problems: Array<string> = []
    page.on("request", (r) => requests.push(r.url()))
    page.on("console", (m) => {
      if (m.type() === "error" || m.text().includes("Content Security Policy")) problems.push(m.text())
    })
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`))
    await page.goto(`${registry.url}/api/docs`)
    await page.getByText("cryoreg registry API").first().waitFor({ timeout: 30_000 })
    // Open one operation: its schemas and responses render from the document, still without leaving.
    await page.locator(".opblock-summary").first().click()
    await page.locator(".responses-table").first().waitFor({ timeout: 10_000 })
    await page.waitForLoadState("networkidle")
    const origin = new URL(registry.url).origin
    expect(requests.length).toBeGreaterThan(3)
    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:"))).toEqual([])
    expect(requests.every((u) => u.startsWith("data:") || new URL(u).hostname === "127.0.0.1")).toBe(true)
    expect(problems).toEqual([])
    const text = await page.locator("body").innerText()
    for (const menu of ["Ask AI", "Share", "Deploy", "Generate SDK", "Open in"])
      expect(text).not.toContain(menu)
    await page.close()
  })
})
