import { readFile } from "node:fs/promises"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { readDocx } from "../support/docx.js"
import { accounts, type Dashboard, startDashboard } from "./harness.js"

describe("the tables page's Word document", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  it("downloads a valid .docx with Tables 1–10 through the session cookie", async () => {
    const page = await d.signedIn(accounts.statistician)
    await page.goto(`${d.url}/tables`)
    const link = page.getByRole("link", { name: "Download as Word" })
    await link.waitFor()
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()])
    expect(download.suggestedFilename()).toBe("report.docx")
    const bytes = new Uint8Array(await readFile(await download.path()))
    // A zip (PK\x03\x04) holding word/document.xml with the ten tables.
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    const doc = await readDocx(bytes)
    expect(doc.tables).toHaveLength(10)
    expect(doc.text).toContain("Table 2. Changes in pain intensity outcomes")
    await page.close()
  })
})
