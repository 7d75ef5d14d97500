import type { Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  accounts,
  type Dashboard,
  screenshotsAt,
  settled,
  signedInAs,
  startDashboard,
  warsawDay
} from "./harness.js"

let d: Dashboard
beforeAll(async () => {
  d = await startDashboard()
}, 120_000)
afterAll(async () => {
  await d?.close()
})

/** The error shown beside a control (its `aria-describedby`), "" when none. */
const errorOf = async (page: Page, control: Locator): Promise<string> =>
  (
    (await page.locator(`[id="${await control.getAttribute("aria-describedby")}"]`).textContent()) ?? ""
  ).trim()

const patientsWith = async (page: Page, status: string) => {
  const response = await page.request.get(`${d.url}/api/patients?status=${status}&center=waw&limit=50`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { items: Array<{ id: string; treatedSide: string }> }).items
}

describe("the patient's forms in Polish say every problem on the first submit", () => {
  it("the procedure form: an empty operator, a future date, the wrong side, a lesion off the procedure's side, a freeze ending before it starts, all at once; a field put right loses its error", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    const patient = (await patientsWith(page, "eligible")).find((p) => p.treatedSide === "left")!
    await page.goto(`${d.url}/patients/${patient.id}`)
    await settled(page, "patient")
    await page.getByRole("button", { name: "Wprowadź zabieg" }).click()
    await page.getByRole("button", { name: "Wprowadź wykonany zabieg" }).click()
    const form = page.getByRole("form", { name: "Wprowadź wykonany zabieg" })
    const date = form.getByLabel("Data zabiegu")
    const side = form.locator("#procedure-side")
    const lesionSide = form.getByRole("group", { name: "Lezja 1" }).getByLabel("Strona")
    const freezeEnd = form.getByRole("group", { name: "Lezja 1" }).getByLabel("Koniec zamrażania")
    const later = warsawDay(30)
    const today = warsawDay()
    await date.fill(later.pl)
    await side.selectOption("right")
    await form.getByLabel("Numer seryjny urządzenia").fill("CF-A13-0042")
    await form.getByLabel("Czas trwania (minuty)").fill("35")
    // the freeze ends (2:00, as the protocol fills it) before it starts
    await form.getByRole("group", { name: "Lezja 1" }).getByLabel("Początek zamrażania").fill("3:00")
    const sent: Array<string> = []
    page.on("request", (r) => {
      if (r.method() === "POST") sent.push(r.url())
    })
    await form.getByRole("button", { name: "Zapisz zabieg" }).click()

    await expect
      .poll(() => errorOf(page, date))
      .toBe(`Data zabiegu: data nie może być późniejsza niż dziś (${today.pl})`)
    expect(await errorOf(page, form.getByLabel("Operator"))).toBe("Uzupełnij pole „Operator”")
    expect(await errorOf(page, side)).toBe("Strona: strona leczona u pacjenta to lewa; wybierz ją")
    // the lesion stands on the patient's left side, not on the procedure's right one
    expect(await lesionSide.getAttribute("aria-invalid")).toBe("true")
    expect(await errorOf(page, lesionSide)).toContain("prawa")
    expect(await freezeEnd.getAttribute("aria-invalid")).toBe("true")
    expect(await errorOf(page, freezeEnd)).not.toBe("")
    expect(await form.getByRole("alert").textContent()).toBe("Popraw zaznaczone pola: nic nie zapisano.")
    // every problem the form could judge was said before anything was sent
    expect(sent.filter((u) => u.endsWith("/procedure"))).toEqual([])
    await screenshotsAt(page, "form-problems-procedure", form)

    // each field put right loses its error at once, before the next submit; the others keep theirs
    await date.fill(warsawDay(-1).pl)
    await expect.poll(() => errorOf(page, date)).toBe("")
    expect(await date.getAttribute("aria-invalid")).toBe("false")
    await side.selectOption("left")
    await expect.poll(() => errorOf(page, side)).toBe("")
    expect(await errorOf(page, form.getByLabel("Operator"))).toBe("Uzupełnij pole „Operator”")
    await screenshotsAt(page, "form-problems-procedure-put-right", form)
    await page.context().close()
  }, 120_000)

  it("the adverse event form: a resolution before the onset and an onset still to come, both", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    const patient = (await patientsWith(page, "month6"))[0]!
    const detail = await (await page.request.get(`${d.url}/api/patients/${patient.id}`)).json()
    const procedureDate: string = detail.procedure.procedure.date
    const daysSince = Math.round(
      (Date.parse(`${warsawDay().iso}T00:00:00Z`) - Date.parse(`${procedureDate}T00:00:00Z`)) / 86_400_000
    )
    await page.goto(`${d.url}/patients/${patient.id}`)
    await settled(page, "patient")
    await page.getByRole("button", { name: "Zgłoś zdarzenie niepożądane" }).click()
    const form = page.getByRole("form", { name: "Zgłoś zdarzenie niepożądane" })
    await form.getByLabel("Rodzaj").selectOption({ label: "krwiak miejscowy" })
    await form.getByLabel("Nasilenie").selectOption({ label: "łagodne" })
    const onset = form.getByLabel("Początek (dni od zabiegu)")
    const resolution = form.getByLabel("Ustąpienie (dni od zabiegu)")
    // the onset 30 days from now; the resolution a day after the procedure, long before that onset
    await onset.fill(String(daysSince + 30))
    await resolution.fill("1")
    await form.getByRole("group", { name: "Związane z zabiegiem" }).getByLabel("tak").check()
    await form.getByRole("button", { name: "Zgłoś zdarzenie" }).click()

    await expect
      .poll(() => errorOf(page, resolution))
      .toBe(
        `Ustąpienie (dni od zabiegu): nie może przypadać przed wystąpieniem (dzień ${daysSince + 30} po zabiegu)`
      )
    expect(await onset.getAttribute("aria-invalid")).toBe("true")
    expect(await errorOf(page, onset)).toBe(
      `Początek (dni od zabiegu): ten dzień jeszcze nie nadszedł (dziś jest ${warsawDay().pl})`
    )
    expect(await form.getByRole("alert").textContent()).toBe("Popraw zaznaczone pola: nic nie zapisano.")
    await screenshotsAt(page, "form-problems-adverse-event", form)
    // nothing was saved
    const after = await (await page.request.get(`${d.url}/api/patients/${patient.id}`)).json()
    expect(after.adverseEvents).toHaveLength(detail.adverseEvents.length)
    await page.context().close()
  }, 120_000)

  it("the audit filter's reversed days: said for any gap, and gone as soon as a day is put right", async () => {
    const page = await signedInAs(d, accounts.admin)
    await page.goto(`${d.url}/admin/audit`)
    await settled(page, "admin-audit")
    const to = page.getByLabel("Do", { exact: true })
    await page.getByLabel("Od", { exact: true }).fill("2026-11-20")
    await to.fill("2026-11-05")
    await page.getByRole("button", { name: "Filtruj" }).click()
    await expect
      .poll(() => errorOf(page, to))
      .toBe(
        "„Od” (20.11.2026) jest późniejsze niż „Do” (05.11.2026): wybierz dzień „Od” nie późniejszy niż dzień „Do”."
      )
    await screenshotsAt(page, "form-problems-audit-reversed")
    await to.fill("2026-11-30")
    await expect.poll(() => errorOf(page, to)).toBe("")
    await page.context().close()
  }, 60_000)

  it("the patient registration says the same sentence as every other form", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    await page.goto(`${d.url}/patients`)
    await settled(page, "patients")
    await page.getByRole("button", { name: "Zarejestruj pacjenta" }).click()
    await page.getByLabel("Rok urodzenia").fill("")
    await page.locator("form").getByRole("button", { name: "Zarejestruj pacjenta" }).click()
    await expect
      .poll(() => page.getByRole("alert").first().textContent())
      .toBe("Popraw zaznaczone pola: nic nie zapisano.")
    await page.context().close()
  }, 60_000)

  it("the visits table at 768 px: the analgesics column beside the acts pinned on its rows, not beneath them", async () => {
    const page = await signedInAs(d, accounts.coordinator, { width: 768 })
    const patient = (await patientsWith(page, "month6"))[0]!
    await page.goto(`${d.url}/patients/${patient.id}`)
    await settled(page, "patient")
    const table = page.getByRole("table", { name: "Wizyty" })
    const analgesics = await table.getByRole("columnheader", { name: "Leki przeciwbólowe" }).boundingBox()
    const acts = await table.locator("th.row-acts").boundingBox()
    expect(analgesics).not.toBeNull()
    expect(acts).not.toBeNull()
    expect(analgesics!.x + analgesics!.width).toBeLessThanOrEqual(acts!.x + 1)
    await screenshotsAt(page, "form-problems-visits-table", table)
    await page.context().close()
  }, 60_000)
})
