import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, axe, csvFile, type Dashboard, screenshot, settled, startDashboard } from "./harness.js"

const templateOf = async (page: Page, url: string, file: string) => {
  const response = await page.request.get(`${url}/api/import/tidy/template/${file}`)
  expect(response.status()).toBe(200)
  return (await response.text()).replaceAll("WAW-0201", "WAW-0301")
}

const choose = (page: Page, label: RegExp, name: string, text: string) =>
  page.getByLabel(label).setInputFiles(csvFile(name, text))

describe("the import page", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  it("a coordinator uploads a file with an error, reads the report, fixes it, imports, and finds the patient", async () => {
    const page = await d.signedIn(accounts.coordinator)
    const errors: Array<string> = []
    page.on("pageerror", (e) => errors.push(e.message))
    await page.getByRole("link", { name: "Import" }).click()
    await settled(page, "import")
    const visits = await templateOf(page, d.url, "visits.csv")
    const lines = visits.split("\r\n")
    // the baseline row (row 4 of the file) with an NRS of "eleven"
    lines[3] = lines[3]!.replace(",7,68,", ",eleven,68,")
    await choose(page, /^Visits/, "visits.csv", lines.join("\r\n"))
    await choose(page, /^Procedures/, "procedures.csv", await templateOf(page, d.url, "procedures.csv"))
    await choose(
      page,
      /^Adverse events/,
      "adverse-events.csv",
      await templateOf(page, d.url, "adverse-events.csv")
    )
    await page.getByRole("button", { name: "Check the files" }).click()
    const report = page.getByTestId("import-report")
    await report.getByText("1 problem found").waitFor()
    const problem = report.locator("tbody tr").first()
    expect(await problem.locator("td").allTextContents()).toEqual([
      "visits.csv",
      "4",
      "nrs",
      "value allowed in this column",
      "“eleven” is not a number: write digits, e.g. 7 or 2.5"
    ])
    expect(await axe(page)).toEqual([])
    await screenshot(page, "import-problems")
    const download = page.waitForEvent("download")
    await page.getByRole("button", { name: "Download the problems (CSV)" }).click()
    const csv = await (await download).createReadStream()
    const chunks: Array<Buffer> = []
    for await (const chunk of csv) chunks.push(chunk as Buffer)
    // the report as shown, in the user's language (a byte-order mark first, for a spreadsheet)
    expect(Buffer.concat(chunks).toString("utf8")).toMatch(
      /^\uFEFFFile,Row,Column,Rule,What is wrong\r\nvisits\.csv,4,nrs,value allowed in this column,"“eleven” is not a number/
    )
    expect(await page.getByRole("button", { name: /^Import \(/ }).count()).toBe(0)

    await choose(page, /^Visits/, "visits.csv", visits)
    await page.getByRole("button", { name: "Check the files" }).click()
    await report.getByText("No problems found: 1 patient can be imported").waitFor()
    const listed = await page.request.get(`${d.url}/api/patients?q=WAW-0301`)
    expect((await listed.json()).total).toBe(0)
    await page.getByRole("button", { name: "Import (1)" }).click()
    await report.getByText("Imported: 1 patient added").waitFor()
    await screenshot(page, "import-stored")

    await page.getByRole("link", { name: "Patients", exact: true }).click()
    await settled(page, "patients")
    await page.getByLabel("Search by patient id").fill("WAW-0301")
    await page.getByRole("link", { name: "WAW-0301" }).waitFor({ timeout: 15_000 })
    expect(errors).toEqual([])
    await page.close()
  }, 120_000)

  it("is not in a clinician's navigation", async () => {
    const page = await d.signedIn(accounts.clinician)
    await settled(page, "cohort")
    expect(await page.getByRole("link", { name: "Import" }).count()).toBe(0)
    await page.close()
  })
})
