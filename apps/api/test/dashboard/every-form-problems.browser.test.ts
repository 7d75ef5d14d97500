import type { Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock } from "../support/inputs.js"
import {
  accounts,
  apiAs,
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
const errorOf = async (page: Page, control: Locator): Promise<string> => {
  const ids = ((await control.getAttribute("aria-describedby")) ?? "").split(" ").filter((i) => i !== "")
  const texts = await Promise.all(
    ids.map(async (id) => ((await page.locator(`[id="${id}"]`).textContent()) ?? "").trim())
  )
  return texts.join(" ").trim()
}

/** Says "nothing was saved" and each control's error after the one submit; none of the forms posts anything. */
const afterOneSubmit = async (
  page: Page,
  form: Locator,
  submit: string,
  expected: ReadonlyArray<readonly [Locator, string | RegExp]>
) => {
  const sent: Array<string> = []
  const listen = (r: { method: () => string; url: () => string }) => {
    if (r.method() !== "GET") sent.push(r.url())
  }
  page.on("request", listen)
  await form.getByRole("button", { name: submit }).click()
  await expect
    .poll(() => form.getByRole("alert").textContent())
    .toBe("Popraw zaznaczone pola: nic nie zapisano.")
  for (const [control, words] of expected) {
    expect(await control.getAttribute("aria-invalid"), `invalid: ${String(words)}`).toBe("true")
    const text = await errorOf(page, control)
    if (typeof words === "string") expect(text).toBe(words)
    else expect(text).toMatch(words)
  }
  page.off("request", listen)
  expect(sent).toEqual([])
}

const future = warsawDay(30).pl
const afterToday = (label: string) => `${label}: data nie może być późniejsza niż dziś (${warsawDay().pl})`

/** The coordinator on a new patient's page with a screening and a block and no procedure yet. */
const screenedPatient = async (): Promise<Page> => {
  const api = await apiAs(d, accounts.coordinator)
  const id = (await api.nextPatientId({ query: {} })).id
  await api.createPatient({ body: newPatient(id) })
  await api.createScreening({ params: { id }, body: eligibleScreening })
  await api.createBlock({ params: { id }, body: positiveBlock })
  const page = await signedInAs(d, accounts.coordinator)
  await page.goto(`${d.url}/patients/${id}`)
  await settled(page, "patient")
  return page
}

/** The coordinator on a treated demo patient's page (6 months after the procedure). */
const treatedPatient = async (): Promise<Page> => {
  const page = await signedInAs(d, accounts.coordinator)
  const treated = await page.request.get(`${d.url}/api/patients?status=month6&center=waw&limit=5`)
  const patient = ((await treated.json()) as { items: Array<{ id: string }> }).items[0]!
  await page.goto(`${d.url}/patients/${patient.id}`)
  await settled(page, "patient")
  return page
}

describe("every record form in Polish says the date's (or rule's) problem with the others on the first submit", () => {
  it("a new screening: a future date and an NRS of 7,5", async () => {
    const api = await apiAs(d, accounts.coordinator)
    const fresh = (await api.nextPatientId({ query: {} })).id
    await api.createPatient({ body: newPatient(fresh) })
    const page = await signedInAs(d, accounts.coordinator)
    await page.goto(`${d.url}/patients/${fresh}`)
    await settled(page, "patient")
    await page.getByRole("button", { name: "Wprowadź kwalifikację" }).click()
    const screening = page.getByRole("form", { name: "Wprowadź kwalifikację" })
    await screening.getByLabel("Data kwalifikacji").fill(future)
    await screening.getByLabel("Czas trwania bólu (miesiące)").fill("24")
    await screening.getByLabel("NRS przy kwalifikacji (0–10)").fill("7,5")
    await screening.getByLabel("Nieskuteczne leczenie zachowawcze (miesiące)").fill("6")
    await afterOneSubmit(page, screening, "Zapisz kwalifikację", [
      [screening.getByLabel("Data kwalifikacji"), afterToday("Data kwalifikacji")],
      [screening.getByLabel("NRS przy kwalifikacji (0–10)"), /liczba całkowita od 0 do 10/]
    ])
    await screenshotsAt(page, "every-form-problems-screening", screening)
    await page.context().close()
  }, 120_000)

  it("the screening's correction: a future date and no reason", async () => {
    const page = await screenedPatient()
    await page.getByRole("button", { name: "Popraw kwalifikację" }).click()
    const correction = page.getByRole("form", { name: "Popraw kwalifikację" })
    await correction.getByLabel("Data kwalifikacji").fill(future)
    await afterOneSubmit(page, correction, "Zapisz poprawkę", [
      [correction.getByLabel("Data kwalifikacji"), afterToday("Data kwalifikacji")],
      [correction.getByLabel("Powód poprawki"), "Uzupełnij pole „Powód poprawki”"]
    ])
    await page.context().close()
  }, 120_000)

  it("a diagnostic block: a future date and four wrong numbers", async () => {
    const page = await screenedPatient()
    await page.getByRole("button", { name: "Wprowadź blokadę", exact: true }).click()
    const block = page.getByRole("form", { name: "Wprowadź blokadę diagnostyczną" })
    await block.getByLabel("Data blokady").fill(future)
    await block.getByLabel("Stężenie (%)").fill("dwa")
    await block.getByLabel("Objętość (ml)").fill("-1")
    await block.getByLabel("NRS przed blokadą").fill("11")
    await block.getByLabel("NRS po blokadzie").fill("12")
    await block.getByLabel("Minuty po wstrzyknięciu").fill("45")
    await afterOneSubmit(page, block, "Zapisz blokadę", [
      [block.getByLabel("Data blokady"), afterToday("Data blokady")],
      [block.getByLabel("Stężenie (%)"), /Stężenie/],
      [block.getByLabel("Objętość (ml)"), /Objętość/],
      [block.getByLabel("NRS przed blokadą"), /NRS przed blokadą.*0.*10/],
      [block.getByLabel("NRS po blokadzie"), /NRS po blokadzie.*0.*10/]
    ])
    await screenshotsAt(page, "every-form-problems-block", block)
    await page.context().close()
  }, 120_000)

  it("the live procedure's start: a future date, no serial number, a count that is not a number", async () => {
    const page = await screenedPatient()
    await page.getByRole("button", { name: "Wprowadź zabieg" }).click()
    await page.getByRole("button", { name: "Śledź zabieg na żywo z sondy" }).click()
    const live = page.getByRole("form", { name: "Rozpocznij zabieg na żywo" })
    await live.getByLabel("Data", { exact: true }).fill(future)
    await live.getByLabel("Planowana liczba lezji na stronę").fill("sześć")
    await live.getByLabel("Operator").fill("Dr A. Nowak")
    await afterOneSubmit(page, live, "Rozpocznij zabieg na żywo", [
      [live.getByLabel("Data", { exact: true }), afterToday("Data")],
      [live.getByLabel("Planowana liczba lezji na stronę"), /Planowana liczba lezji na stronę/],
      [live.getByLabel("Numer seryjny urządzenia"), "Uzupełnij pole „Numer seryjny urządzenia”"]
    ])
    await screenshotsAt(page, "every-form-problems-live", live)
    await page.context().close()
  }, 120_000)

  it("a visit: a future date said as such (not only as out of the window), an NRS of 11, no VAS", async () => {
    const page = await treatedPatient()
    await page.getByRole("button", { name: "Wprowadź wizytę" }).click()
    const visit = page.getByRole("form", { name: "Wprowadź wizytę" })
    await visit.getByLabel("Punkt czasowy").selectOption("month6")
    await visit.getByLabel("Data wizyty").fill(future)
    await visit.getByLabel("NRS (0–10)").fill("11")
    await afterOneSubmit(page, visit, "Zapisz wizytę", [
      [visit.getByLabel("Data wizyty"), afterToday("Data wizyty")],
      [visit.getByLabel("NRS (0–10)"), /NRS.*0.*10/],
      [visit.getByLabel("VAS (mm, 0–100)"), "Uzupełnij pole „VAS (mm, 0–100)”"]
    ])
    await screenshotsAt(page, "every-form-problems-visit", visit)
    await page.context().close()
  }, 120_000)

  it("an adverse event of type 'inne' without its description, no severity, a resolution before the onset", async () => {
    const page = await treatedPatient()
    await page.getByRole("button", { name: "Zgłoś zdarzenie niepożądane" }).click()
    const event = page.getByRole("form", { name: "Zgłoś zdarzenie niepożądane" })
    await event.getByLabel("Rodzaj").selectOption({ label: "inne" })
    await event.getByLabel("Początek (dni od zabiegu)").fill("5")
    await event.getByLabel("Ustąpienie (dni od zabiegu)").fill("2")
    await afterOneSubmit(page, event, "Zgłoś zdarzenie", [
      [event.getByLabel("Opis"), "Opis: opisz zdarzenie (jego rodzaj to „inne”)"],
      [event.getByLabel("Nasilenie"), /Nasilenie/],
      [
        event.getByLabel("Ustąpienie (dni od zabiegu)"),
        /Ustąpienie \(dni od zabiegu\): nie może przypadać przed/
      ]
    ])
    await screenshotsAt(page, "every-form-problems-adverse-event", event)
    await page.context().close()
  }, 120_000)

  it("the analysis set form: the treated days reversed together with a missing name", async () => {
    const page = await signedInAs(d, accounts.statistician, { locale: "pl-PL" })
    await page.goto(`${d.url}/cohort`)
    await settled(page, "cohort")
    await page.getByRole("button", { name: "Zamroź nowy zbiór analityczny" }).click()
    const form = page.getByRole("form", { name: "Zamroź nowy zbiór analityczny" })
    await form.getByLabel("Zabieg od").fill("2026-06-01")
    await form.getByLabel("Zabieg do").fill("2026-03-01")
    await afterOneSubmit(page, form, "Zamroź zbiór", [
      [form.getByLabel("Nazwa zbioru"), /Nazwa zbioru/],
      [form.getByLabel("Zabieg do"), /Zabieg do.*(Zabieg od|01\.06\.2026)/]
    ])
    await screenshotsAt(page, "every-form-problems-set", form)
    await page.context().close()
  }, 120_000)
})
