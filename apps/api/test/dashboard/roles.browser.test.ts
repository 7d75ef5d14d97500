import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, type Dashboard, settled, startDashboard } from "./harness.js"

const navLinks = async (page: import("playwright-core").Page) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents()

const patientIds = async (page: import("playwright-core").Page) => {
  await settled(page, "patients")
  await page.locator("tbody tr a").first().waitFor()
  return page.locator("tbody tr td:first-child a").allTextContents()
}

describe("the dashboard by role", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  it("sends a visitor without a session to the login page", async () => {
    const page = await d.browser.newPage()
    await page.goto(`${d.url}/tables`)
    await page.getByRole("heading", { name: "Sign in to cryoreg" }).waitFor()
    expect(new URL(page.url()).pathname).toBe("/login")
    await page.getByLabel("User name").fill("admin")
    await page.getByLabel("Password").fill("not-the-password")
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.locator(".form-error").waitFor()
    expect(new URL(page.url()).pathname).toBe("/login")
    await page.close()
  })

  it("lets the admin see both centers' patients, register patients, and says the data are the demo cohort", async () => {
    const page = await d.signedIn(accounts.admin)
    expect(await page.getByRole("note", { name: "Demo data" }).textContent()).toContain("synthetic")
    expect(await navLinks(page)).toEqual([
      "Cohort",
      "Outcomes",
      "Tables",
      "Subgroups",
      "Safety",
      "Patients",
      "Import",
      "Users",
      "Centers",
      "Audit trail"
    ])
    await page.goto(`${d.url}/patients?center=waw`)
    expect((await patientIds(page)).every((id) => id.startsWith("WAW-"))).toBe(true)
    await page.goto(`${d.url}/patients?center=pila`)
    expect((await patientIds(page)).every((id) => id.startsWith("PILA-"))).toBe(true)
    expect(await page.getByRole("button", { name: "Register a patient" }).count()).toBe(1)
    await page.close()
  })

  it("shows a clinician the patients of their own center only", async () => {
    const page = await d.signedIn(accounts.clinician)
    // the center by its name, not its code
    expect(await page.locator(".user-box").textContent()).toContain("Neurolocus Pain Management Centre")
    await page.goto(`${d.url}/patients`)
    const ids = await patientIds(page)
    expect(ids.length).toBeGreaterThan(0)
    expect(ids.filter((id) => !id.startsWith("WAW-"))).toEqual([])
    await page.goto(`${d.url}/patients/PILA-0001`)
    expect(await page.getByRole("alert").getByRole("heading").textContent()).toBe("No such patient id")
    // a link back to the list, not "Try again", which would fail the same way
    expect(
      await page.getByRole("alert").getByRole("link", { name: "Back to the list of patients" }).count()
    ).toBe(1)
    expect(await page.getByRole("alert").getByRole("button").count()).toBe(0)
    // the dashboard's sentence, not the API's ("no patient PILA-0001")
    expect(await page.getByRole("alert").textContent()).toContain(
      "There is no patient PILA-0001 in the registry, or the patient belongs to another center."
    )
    expect(await page.getByRole("heading", { name: "Patient PILA-0001" }).count()).toBe(0)
    await page.close()
  })

  it("lets a coordinator register patients at their center", async () => {
    const page = await d.signedIn(accounts.coordinator)
    await page.goto(`${d.url}/patients`)
    await patientIds(page)
    await page.getByRole("button", { name: "Register a patient" }).click()
    expect(await page.getByLabel("Center").count()).toBe(0)
    await page.close()
  })

  it("keeps the statistician read-only: no patient pages, no edit buttons, the analysis pages open", async () => {
    const page = await d.signedIn(accounts.statistician)
    expect(await navLinks(page)).toEqual(["Cohort", "Outcomes", "Tables", "Subgroups", "Safety"])
    await page.goto(`${d.url}/patients`)
    await page.getByRole("heading", { name: "Not available for your role" }).waitFor()
    await page.goto(`${d.url}/patients/WAW-0001`)
    await page.getByRole("heading", { name: "Not available for your role" }).waitFor()
    await page.goto(`${d.url}/outcomes`)
    await settled(page, "outcomes")
    expect(await page.getByRole("button", { name: /Register|Record|Correct|Report/ }).count()).toBe(0)
    await page.close()
  })

  it("shows Table 2 reproduced from the stored records beside the published values", async () => {
    const page = await d.signedIn(accounts.statistician)
    await page.goto(`${d.url}/tables`)
    await settled(page, "tables")
    const table2 = page.getByTestId("table2-layout")
    await table2.waitFor()
    const nrs = table2.getByRole("row", { name: /NRS \(0–10\)/ })
    const cells = await nrs.locator("td").allTextContents()
    // Published Table 2, NRS: 7.4 ± 1.1 at baseline, 3.6 ± 1.5 at 3 months, 4.2 ± 1.7 at 6 months.
    expect(cells[0]).toContain("7.4 ± 1.1")
    expect(cells[1]).toContain("3.6 ± 1.5")
    expect(cells[2]).toContain("4.2 ± 1.7")
    expect(await page.getByRole("heading", { name: /^Table \d+\./ }).count()).toBe(10)
    await page.close()
  })
})
