import type { Client } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  accounts,
  apiAs,
  type Dashboard,
  screenshotsAt,
  settled,
  signedInAs,
  startDashboard
} from "./harness.js"

// A newcomer administrator reading the audit trail in Polish: why a write was refused, a patient typed in lower case.

describe("the audit trail says why a write was refused and finds a patient however it is typed (Polish)", () => {
  let d: Dashboard
  let clinician: Client
  beforeAll(async () => {
    d = await startDashboard()
    clinician = await apiAs(d, accounts.clinician)
  })
  afterAll(async () => {
    await d?.close()
  })

  it("words an adverse event's onset after today as the form does, in the page and its CSV; finds “waw-…”", async () => {
    const treated = (await clinician.listPatients({ query: { status: "month6", limit: 500 } })).items.find(
      (p) => p.centerId === "waw"
    )!
    const id = Model.PatientId.make(treated.id)
    const status = await clinician
      .createAdverseEvent({
        params: { id },
        body: {
          type: "procedural pain",
          severity: "mild",
          serious: false,
          onsetDays: 3650,
          resolutionDays: null,
          relatedToProcedure: true
        }
      })
      .then(
        () => 0,
        (e: { status: number }) => e.status
      )
    expect(status).toBe(422)
    const page = await signedInAs(d, accounts.admin, { locale: "pl-PL" })
    await page.goto(`${d.url}/admin/audit`)
    await settled(page, "admin-audit")
    // the patient as typed in lower case: the same records as in capitals
    await page.getByLabel("Identyfikator pacjenta").fill(treated.id.toLowerCase())
    await page.getByRole("button", { name: "Filtruj" }).click()
    const rows = page.locator("tbody tr[data-audit]")
    await expect.poll(() => rows.count()).toBeGreaterThan(0)
    for (const cell of await page.locator("tbody tr[data-audit] td:nth-child(5)").allTextContents())
      expect(cell).toBe(treated.id)
    const refused = page.locator("tbody tr[data-audit]", { hasText: "Próba zapisu zdarzenia" }).first()
    const words = (await refused.textContent()) ?? ""
    expect(words).toMatch(
      /odrzucono: początek \(dni od zabiegu\): ten dzień jeszcze nie nadszedł \(dziś jest \d{2}\.\d{2}\.\d{4}\)/
    )
    expect(words).not.toContain("zasady badania na to nie pozwalają")
    expect(words).not.toMatch(/onset|after today/i)
    await screenshotsAt(page, "audit-reasons-refused")
    // every record named in one style, with a capital ("Pacjent …", "Konto …", "Kwalifikacja z …")
    await page.getByRole("button", { name: "Wyczyść" }).click()
    await expect.poll(() => rows.count()).toBeGreaterThan(5)
    for (const cell of await page.locator("tbody tr[data-audit] td:nth-child(4)").allTextContents())
      expect(cell).toMatch(/^\p{Lu}/u)
    // the CSV the page downloads has the same words
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Pobierz jako CSV" }).click()
    ])
    const path = await download.path()
    const { readFile } = await import("node:fs/promises")
    const csv = await readFile(path!, "utf8")
    expect(csv).toContain("początek (dni od zabiegu): ten dzień jeszcze nie nadszedł")
    await page.context().close()
  }, 120_000)
})
