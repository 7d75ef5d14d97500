import { makeClient } from "@cryoreg/contract"
import { Analysis, Model } from "@cryoreg/domain"
import { Effect } from "effect"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { type Dashboard, screenshot, settled, startDashboard } from "./harness.js"

const center = Model.CenterId.make("gda")

/** Words of the domain's English reasons that a Polish page must not show. */
const englishReasons = ["not computed", "patient", "too few", "needs at least", "undefined", "at 6 months"]

/** What the page says. */
const pageText = async (page: Page) => (await page.locator("main").textContent()) ?? ""

/** Words of the domain's English findings that a Polish page must not show. */
const englishFindings = [
  "the printed",
  "cannot satisfy",
  "agree.",
  "Table 8",
  "responders",
  "integers",
  "as printed"
]

describe("the tables page of a young center, in Chromium", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
    const password = d.server.bootstrapped.generatedPassword ?? process.env.CRYOREG_ADMIN_PASSWORD!
    const anonymous = makeClient({ baseUrl: d.url })
    const admin = makeClient({
      baseUrl: d.url,
      token: (await anonymous.login({ body: { username: "admin", password } })).token
    })
    await admin.createCenter({ body: { id: center, name: "New Center", city: "Gdańsk" } })
    await admin.createUser({
      body: {
        username: "clinician-gda",
        displayName: "Clinician",
        role: "clinician",
        centerId: center,
        password
      }
    })
    // The administrator chose the password: the first sign-in changes it (to the same one here, as the
    // harness signs every account in with it).
    const first = (await anonymous.login({ body: { username: "clinician-gda", password } })).token
    await makeClient({ baseUrl: d.url, token: first }).changePassword({
      body: { currentPassword: password, newPassword: password }
    })
    const api = makeClient({
      baseUrl: d.url,
      token: (await anonymous.login({ body: { username: "clinician-gda", password } })).token
    })
    // ten patients, only the first seen at 6 months
    for (let i = 0; i < 10; i++) {
      const id = Model.PatientId.make(`GDA-${String(i + 1).padStart(4, "0")}`)
      await api.createPatient({ body: { ...newPatient(id, center), sex: i % 3 === 0 ? "male" : "female" } })
      await api.createScreening({ params: { id }, body: eligibleScreening })
      await api.createBlock({ params: { id }, body: positiveBlock })
      await api.createProcedure({ params: { id }, body: procedure })
      await api.createVisit({ params: { id }, body: visit("baseline", 7 + (i % 3), -3) })
      await api.createVisit({ params: { id }, body: visit("month3", 2 + (i % 4), 91) })
      if (i === 0) await api.createVisit({ params: { id }, body: visit("month6", 2, 182) })
    }
  }, 120_000)
  afterAll(async () => {
    await d?.close()
  })

  it("shows Table 1, and 'not computed: <reason>' in the cells ten patients cannot give", async () => {
    const page = await d.signedIn("clinician-gda")
    await page.goto(`${d.url}/tables`)
    await settled(page, "tables")
    const toolbar = page.locator(".toolbar")
    await toolbar.waitFor()
    expect(await toolbar.textContent()).toMatch(
      /Computed from 10 treated patients: .* not computed from these patients/
    )
    const table1 = page.locator("section.card", { has: page.locator("#table1-title") })
    await table1.locator("summary").click()
    const female = table1.locator("tr", { hasText: "female · n" })
    expect(await female.locator("td").nth(2).textContent()).toBe("6")
    const table2 = page.locator("section.card", { has: page.locator("#table2-title") })
    const rmAnova = table2.locator("tr", { hasText: "rmANOVA time effect, p" })
    await rmAnova.waitFor({ state: "attached" })
    expect(await rmAnova.textContent()).toContain(
      "not computed: only 1 patient has an NRS at baseline, 3 and 6 months: too few for the repeated-measures ANOVA"
    )
    expect(await rmAnova.getAttribute("class")).toContain("not-computed")
    expect(await table2.getByTestId("table2-layout").textContent()).toContain(
      "not computed: only 1 patient has an NRS at 6 months: a mean ± SD needs at least 2"
    )
    await screenshot(page, "tables-young-center")
    await page.close()
  })

  it("says in Polish why a cell was not computed, on the tables and subgroups pages, and leaves no English reason", async () => {
    const page = await d.signedIn("clinician-gda", 1280, "pl-PL")
    await page.goto(`${d.url}/tables`)
    await settled(page, "tables")
    await page.locator(".toolbar").waitFor()
    const table2 = page.locator("section.card", { has: page.locator("#table2-title") })
    const rmAnova = table2.locator("tr", {
      hasText: "efekt czasu w analizie wariancji z powtarzanymi pomiarami, p"
    })
    await rmAnova.waitFor({ state: "attached" })
    expect(await rmAnova.textContent()).toContain(
      "nie obliczono: tylko 1 pacjent z pomiarem NRS na wizycie wyjściowej, po 3 i po 6 miesiącach: za mało do wykonania analizy wariancji z powtarzanymi pomiarami"
    )
    expect(await table2.getByTestId("table2-layout").textContent()).toContain(
      "nie obliczono: tylko 1 pacjent z pomiarem NRS po 6 miesiącach: do obliczenia średniej ± SD potrzeba co najmniej 2"
    )
    const table8 = page.locator("section.card", { has: page.locator("#table8-title") })
    expect(await table8.textContent()).toContain(
      "nie obliczono: kobiety: brak pacjentów z pomiarem NRS na wizycie wyjściowej i po 6 miesiącach"
    )
    const tables = await pageText(page)
    for (const english of englishReasons) expect(tables, english).not.toContain(english)
    await screenshot(page, "pl-tables-young-center")
    await page.close()
  })

  it("words the consistency findings of the published tables in Polish, with no English sentence left", async () => {
    const page = await d.signedIn("clinician-gda", 1280, "pl-PL")
    await page.goto(`${d.url}/tables`)
    await settled(page, "tables")
    const section = page.locator("section.card", { has: page.locator("#findings-title") })
    await section.locator("li").first().waitFor({ state: "attached" })
    await section.evaluate((s) => {
      for (const d of s.querySelectorAll("details")) d.open = true
    })
    const findings = (await section.textContent()) ?? ""
    expect(findings).toContain("Spójność opublikowanych tabel")
    expect(findings).toContain(
      "Wyjściowe NRS, podgrupa NRS 9–10 (9,1 ± 0,6, n = 27, liczby całkowite 9–10): takie dane nie mogą istnieć, bo przy tej średniej SD takich wyników wynosi od 0,27 do 0,36."
    )
    expect(findings).toContain(
      "Tabela 8, odpowiedź na leczenie po 6 miesiącach wg płci: liczebności podgrup sumują się do łącznej liczby 52."
    )
    const sentences = (await Effect.runPromise(Analysis.checkPublished(Analysis.study))).map(
      (f) => f.sentence
    )
    expect(await section.locator("li").count()).toBe(sentences.length)
    expect(sentences.filter((s) => findings.includes(s))).toEqual([])
    for (const english of englishFindings) expect(findings, english).not.toContain(english)
    await section.scrollIntoViewIfNeeded()
    await screenshot(page, "pl-tables-findings")
    await page.goto(`${d.url}/subgroups`)
    await settled(page, "subgroups")
    await page.locator('[data-page="subgroups"] h2').first().waitFor()
    const subgroups = (await page.locator("main").textContent()) ?? ""
    expect(subgroups).toContain(
      "nie obliczono: do wykonania testu t potrzeba co najmniej 2 pacjentów z pomiarem NRS na wizycie wyjściowej i po 6 miesiącach w każdej grupie (kobiety: 0, mężczyźni: 1)"
    )
    for (const english of englishReasons) expect(subgroups, english).not.toContain(english)
    await screenshot(page, "pl-subgroups-young-center")
    await page.close()
  })
})
