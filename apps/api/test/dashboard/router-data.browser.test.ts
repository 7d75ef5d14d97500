import { makeClient } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import type { Page, Request } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { accounts, type Dashboard, settled, startDashboard } from "./harness.js"

/** The API reads of one patient's record (not its history) the page makes from now on. */
const recordReads = (page: Page, id: string): Array<Request> => {
  const reads: Array<Request> = []
  page.on("request", (r) => {
    if (r.method() === "GET" && new URL(r.url()).pathname === `/api/patients/${id}`) reads.push(r)
  })
  return reads
}

describe("the dashboard's data through the router: preloaded routes, writes that revalidate", () => {
  let d: Dashboard
  /** A new Warsaw patient taken through the API to a procedure, with no visit after it yet. */
  const treatedPatient = async (): Promise<string> => {
    const password = d.server.bootstrapped.generatedPassword ?? (process.env.CRYOREG_ADMIN_PASSWORD as string)
    const { token } = await makeClient({ baseUrl: d.url }).login({
      body: { username: accounts.clinician, password }
    })
    const api = makeClient({ baseUrl: d.url, token })
    const id = Model.PatientId.make("WAW-RV-0001")
    await api.createPatient({ body: newPatient(id) })
    await api.createScreening({ params: { id }, body: eligibleScreening })
    await api.createBlock({ params: { id }, body: positiveBlock })
    await api.createProcedure({ params: { id }, body: procedure })
    return id
  }
  beforeAll(async () => {
    d = await startDashboard()
  }, 120_000)
  afterAll(async () => {
    await d?.close()
  })

  it("asks for a patient's record when the link is pointed at, and opens the page on that answer", async () => {
    const page = await d.signedIn(accounts.clinician)
    await page.goto(`${d.url}/patients`)
    await settled(page, "patients")
    const link = page.getByRole("table").getByRole("link").first()
    const id = (await link.textContent())?.trim() ?? ""
    expect(id).toMatch(/^WAW-\d{4}$/)
    const reads = recordReads(page, id)
    await link.hover()
    // the route's preload asked for the record while the list is still shown
    await expect.poll(() => reads.length, { timeout: 10_000 }).toBe(1)
    expect(new URL(page.url()).pathname).toBe("/patients")
    await link.click()
    await page.waitForURL(`**/patients/${id}`)
    await page.getByRole("heading", { level: 1, name: new RegExp(`^Patient ${id}`) }).waitFor()
    await page.waitForLoadState("networkidle")
    // the page was shown from the answer the preload asked for: no second request for the record
    expect(reads).toHaveLength(1)
    await page.close()
  })

  it("after a 3-month visit is saved, the status and the history follow without reloading the page", async () => {
    const page = await d.signedIn(accounts.clinician)
    const id = await treatedPatient()
    await page.goto(`${d.url}/patients/${id}`)
    await settled(page, "patient")
    const heading = page.getByRole("heading", { level: 1 })
    expect(await heading.textContent()).toContain("Treated")
    const history = page.locator("ol.history > li")
    const lines = await history.count()
    // a reload would lose this mark (and the router's state): the page must stay the same document
    await page.evaluate(() => {
      ;(window as unknown as { unreloaded: boolean }).unreloaded = true
    })
    const reads = recordReads(page, id)

    await page.getByRole("button", { name: "Record a visit" }).click()
    const form = page.getByRole("form", { name: "Record a visit" })
    await form.getByLabel("Time point").selectOption({ label: "3 months" })
    await form.getByLabel("Visit date").fill(visit("month3", 3, 90).date!)
    await form.getByLabel("NRS (0–10)").fill("3")
    await form.getByLabel("VAS (mm, 0–100)").fill("30")
    const sections = form.getByRole("group", { name: /^\d+\. / })
    for (let s = 0; s < 10; s++) await sections.nth(s).getByLabel("1", { exact: true }).check()
    await form.getByRole("button", { name: "Save the visit", exact: true }).click()
    await form.waitFor({ state: "detached", timeout: 20_000 })

    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toContain("3-month follow-up")
    await expect.poll(() => history.count(), { timeout: 10_000 }).toBe(lines + 1)
    expect(await history.last().textContent()).toMatch(/3-month visit of \d{1,2} \w{3} \d{4} recorded/)
    expect(reads.length).toBeGreaterThanOrEqual(1)
    expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true)
    await page.close()
  })
})
