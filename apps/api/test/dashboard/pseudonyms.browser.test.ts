import { makeClient } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { accounts, type Dashboard, settled, startDashboard } from "./harness.js"

// Issue 19, items 1 and 2 in the dashboard: the statistician has no way to the live page, is refused it by
// URL, and reads the cohort's overdue patients under pseudonyms, with no link to a record.
describe("the statistician's dashboard keeps to pseudonymized data", () => {
  let d: Dashboard
  let procedureId: string
  beforeAll(async () => {
    d = await startDashboard()
    const password = d.server.bootstrapped.generatedPassword ?? (process.env.CRYOREG_ADMIN_PASSWORD as string)
    const { token } = await makeClient({ baseUrl: d.url }).login({
      body: { username: accounts.clinician, password }
    })
    const clinician = makeClient({ baseUrl: d.url, token })
    const eligible = async (patient: string) => {
      const id = Model.PatientId.make(patient)
      await clinician.createPatient({ body: newPatient(patient) })
      await clinician.createScreening({ params: { id }, body: eligibleScreening })
      await clinician.createBlock({ params: { id }, body: positiveBlock })
      return id
    }
    // Treated on 2026-03-16 with the 3-month visit late: out of window, and the 6-month visit overdue.
    const treated = await eligible("WAW-6301")
    await clinician.createProcedure({ params: { id: treated }, body: procedure })
    await clinician.createVisit({ params: { id: treated }, body: visit("month3", 4, 120) })
    const opened = await clinician.createLiveProcedure({
      params: { id: await eligible("WAW-6302") },
      body: {
        side: "right",
        lesionsPerSide: 6,
        deviceSerial: "CF-A13-0042",
        operator: "Dr A. Nowak",
        date: "2026-11-30"
      }
    })
    procedureId = opened.procedure.id
  })
  afterAll(async () => {
    await d?.close()
  })

  it("shows no link to a live procedure or a record, and pseudonyms in the cohort overview", async () => {
    const page = await d.signedIn(accounts.statistician)
    const nav = await page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents()
    expect(nav).toEqual(["Cohort", "Outcomes", "Tables", "Subgroups", "Safety"])
    await page.goto(`${d.url}/cohort`)
    await settled(page, "cohort")
    const section = page.locator('[data-page="cohort"]')
    const text = (await section.textContent()) ?? ""
    expect(text).not.toMatch(/(?:WAW|PILA)-\d/)
    for (const table of ["overdue-title", "out-of-window-title"]) {
      const ids = await page.locator(`[aria-labelledby="${table}"] tbody td:first-child`).allTextContents()
      expect(ids.length, table).toBeGreaterThan(0)
      expect(
        ids.filter((id) => !/^P-[0-9a-f]{12}$/.test(id)),
        table
      ).toEqual([])
    }
    const hrefs = await page.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))
    expect(hrefs.filter((h) => h.startsWith("/procedures") || h.startsWith("/patients"))).toEqual([])
    await page.close()
  })

  it("refuses the live page typed as a URL, in words, and never asks the API for the procedure", async () => {
    const page = await d.signedIn(accounts.statistician)
    const asked: Array<string> = []
    page.on("request", (r) => {
      if (new URL(r.url()).pathname.startsWith("/api/procedures")) asked.push(r.url())
    })
    await page.goto(`${d.url}/procedures/${encodeURIComponent(procedureId)}/live`)
    await page.getByRole("heading", { name: "Not available for your role" }).waitFor()
    expect(await page.locator("main").textContent()).toContain("pseudonymized exports")
    expect(await page.locator("main").textContent()).not.toContain("WAW-6302")
    await page.waitForLoadState("networkidle")
    expect(asked).toEqual([])
    await page.close()
  })

  it("still opens the live page for a clinician", async () => {
    const page = await d.signedIn(accounts.clinician)
    await page.goto(`${d.url}/procedures/${encodeURIComponent(procedureId)}/live`)
    await page.getByText("WAW-6302").first().waitFor()
    expect(await page.getByRole("heading", { name: "Not available for your role" }).count()).toBe(0)
    await page.close()
  })
})
