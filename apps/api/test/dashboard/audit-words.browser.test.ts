import type { Client } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening } from "../support/inputs.js"
import {
  accounts,
  apiAs,
  type Dashboard,
  screenshotsAt,
  settled,
  signedInAs,
  startDashboard
} from "./harness.js"

// Issue 18 through the dashboard in Polish: no HTTP verb, route, internal id or English API sentence.

const text = (page: Page) =>
  page
    .locator("main")
    .first()
    .textContent()
    .then((t) => t ?? "")

describe("the clinic's words on the audit trail, missing records, live procedures and analysis sets (Polish)", () => {
  let d: Dashboard
  let clinician: Client
  beforeAll(async () => {
    d = await startDashboard()
    clinician = await apiAs(d, accounts.clinician)
  })
  afterAll(async () => {
    await d?.close()
  })

  it("words a refused write as what was tried, names records without ids, newest first, with the page count", async () => {
    const patient = (await clinician.listPatients({ query: { status: "screened", limit: 500 } })).items.find(
      (p) => p.centerId === "waw"
    )!
    const id = Model.PatientId.make(patient.id)
    // a screening already recorded: the registry refuses a second one
    const refused = await clinician.createScreening({ params: { id }, body: eligibleScreening }).then(
      () => null,
      (e: { status: number }) => e.status
    )
    expect(refused).toBe(409)
    const page = await signedInAs(d, accounts.admin, { locale: "pl-PL" })
    await page.goto(`${d.url}/admin/audit`)
    await settled(page, "admin-audit")
    // newest first: the admin's own sign-in, then the clinician's refused write
    const rows = page.locator("tbody tr[data-audit]")
    expect(await rows.nth(0).textContent()).toMatch(/adminlogowanie/)
    const first = rows.nth(1)
    const firstText = (await first.textContent()) ?? ""
    expect(firstText).toContain(`Próba zapisu kwalifikacji pacjenta ${patient.id}`)
    expect(firstText).toContain("odmowa")
    expect(firstText).toContain("odrzucono: ten wpis już istnieje")
    await expect(first.locator("td").nth(4).textContent()).resolves.toBe(patient.id)
    const table = (await page.locator("table").textContent()) ?? ""
    for (const raw of ["POST", "PATCH", "/api/", "żądanie", "scr-", "blk-", "prc-", "vis-", "Study cohort"])
      expect(table, raw).not.toContain(raw)
    expect(table).toMatch(/Kwalifikacja z \d{2}\.\d{2}\.\d{4}/)
    expect(await page.getByText(/^Strona 1 z \d+$/).count()).toBe(1)
    await screenshotsAt(page, "audit-words-audit")
    await page.context().close()
  }, 120_000)

  it("says in Polish that another center's patient does not exist, with a link back to the list, no retry", async () => {
    const page = await signedInAs(d, accounts.coordinator, { locale: "pl-PL" })
    await page.goto(`${d.url}/patients/PILA-0001`)
    const alert = page.getByRole("alert")
    await alert.waitFor()
    expect(await alert.getByRole("heading").textContent()).toBe("Nie ma pacjenta o takim identyfikatorze")
    const words = (await alert.textContent()) ?? ""
    expect(words).toContain("W rejestrze nie ma pacjenta PILA-0001 albo należy on do innego ośrodka.")
    expect(words).not.toMatch(/no patient|Spróbuj ponownie|Nie znaleziono/)
    await screenshotsAt(page, "audit-words-no-patient")
    await alert.getByRole("link", { name: "Wróć do listy pacjentów" }).click()
    await settled(page, "patients")
    await page.context().close()
  }, 120_000)

  it("names a live procedure by patient, side and start; after an abort says “Brak” and shows it on the patient", async () => {
    const eligible = await clinician.listPatients({ query: { status: "eligible" } })
    const patient = eligible.items.find((p) => p.treatedSide === "left" || p.treatedSide === "right")!
    const opened = await clinician.createLiveProcedure({
      params: { id: patient.id },
      body: {
        side: patient.treatedSide as "left" | "right",
        lesionsPerSide: 6,
        deviceSerial: "E2E-WORDS",
        operator: "e2e",
        date: "2026-12-01"
      }
    })
    const pid = Model.ProcedureId.make(opened.procedure.id)
    await clinician.abortLiveProcedure({ params: { id: pid }, body: { reason: "awaria sondy" } })
    const page = await signedInAs(d, accounts.clinician, { locale: "pl-PL" })
    await page.goto(`${d.url}/procedures/${pid}/live`)
    await settled(page, "live-procedure")
    const side = patient.treatedSide === "left" ? "lewa" : "prawa"
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toMatch(
        new RegExp(
          `^Zabieg na żywo — pacjent ${patient.id}, strona: ${side}, rozpoczęty \\d{2}\\.\\d{2}\\.\\d{4}`
        )
      )
    const live = await text(page)
    expect(live).not.toContain(pid)
    expect(live).not.toContain("Na razie brak")
    expect(await page.locator("#deviations-title + p").textContent()).toBe("Brak.")
    await screenshotsAt(page, "audit-words-live-aborted")

    await page.goto(`${d.url}/patients/${patient.id}`)
    await settled(page, "patient")
    const aborted = page.getByTestId("aborted-procedure")
    await aborted.waitFor()
    expect(await aborted.textContent()).toMatch(
      /^Zabieg na żywo przerwany \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} — powód: awaria sondy$/
    )
    expect(await text(page)).not.toContain(pid)
    await screenshotsAt(page, "audit-words-patient-aborted")
    await page.context().close()
  }, 120_000)

  it("words a selection that matches no patient, names the demo set in Polish, and explains completeness", async () => {
    const page = await signedInAs(d, accounts.statistician, { locale: "pl-PL" })
    await page.goto(`${d.url}/cohort`)
    await settled(page, "cohort")
    const select = page.getByLabel("Obliczono na podstawie")
    await expect
      .poll(() => select.locator("option").allTextContents())
      .toContainEqual(expect.stringMatching(/^Kohorta badania \(demo\) — pacjenci: 107/))
    expect(await text(page)).not.toContain("Study cohort")
    const note = page.getByTestId("completeness-note")
    expect(await note.textContent()).toContain("Bez wpisu = należne − odbyte = w oknie")
    const baseline = page.locator("tr", { hasText: "Wizyta wyjściowa" }).first()
    const cells = await baseline.locator("td").allTextContents()
    const [due, done, , missing, open, overdue] = cells.slice(1).map((c) => c.trim())
    expect(Number(missing)).toBe(Number(due) - Number(done))
    expect([open, overdue]).toEqual(["—", "—"])

    await page.getByRole("button", { name: "Zamroź nowy zbiór analityczny" }).click()
    const form = page.getByRole("form", { name: "Zamroź nowy zbiór analityczny" })
    await form.getByLabel("Nazwa zbioru").fill("Pusty wybór")
    await form.getByLabel("Zabieg od").fill("2026-12-06")
    await form.getByLabel("Zabieg do").fill("2026-12-07")
    await form.getByRole("button", { name: "Zamroź zbiór" }).click()
    await expect
      .poll(() => form.textContent())
      .toContain(
        "Wybór pacjentów: żaden widoczny dla Ciebie leczony pacjent nie spełnia kryteriów; rozszerz wybór"
      )
    expect(await form.textContent()).not.toContain("Zasady badania na to nie pozwalają")
    await screenshotsAt(page, "audit-words-cohort-sets")
    await page.context().close()
  }, 120_000)
})
