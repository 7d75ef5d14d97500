import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { type Browser, chromium } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { RunningServer } from "../src/server.js"
import { startSqliteServer, tempDataDir } from "./support/server.js"

const webDir = fileURLToPath(new URL("../../web/dist", import.meta.url))
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

describe("the dashboard in Chromium", () => {
  let server: RunningServer
  let browser: Browser
  beforeAll(async () => {
    if (!existsSync(`${webDir}/index.html`)) {
      throw new Error(
        `No built dashboard in ${webDir}: run \`pnpm build\` (turbo builds it before this test)`
      )
    }
    server = await startSqliteServer(tempDataDir(), webDir)
    browser = await chromium.launch({
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync"
      ]
    })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it("shows the server's status on the first page", async () => {
    const page = await browser.newPage()
    const errors: Array<string> = []
    page.on("pageerror", (error) => errors.push(error.message))
    await page.goto(server.url)
    const status = page.getByTestId("server-status")
    await status.waitFor({ timeout: 10_000 })
    const text = (await status.textContent()) ?? ""
    expect(text).toContain("online")
    expect(text).toContain("SQLite")
    expect(await page.title()).toBe("cryoreg")
    expect(errors).toEqual([])
  })
})
