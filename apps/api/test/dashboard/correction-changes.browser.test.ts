import { makeClient } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { openProcedure, send, sevenLevels, textbookPosts } from "../live/support.js"
import { eligibleScreening, newPatient, positiveBlock } from "../support/inputs.js"
import { treatedPatient } from "../support/treated.js"
import {
  accounts,
  apiAs,
  axe,
  type Dashboard,
  passwordOf,
  screenshotsAt,
  settled,
  signedInAs,
  startDashboard
} from "./harness.js"

let d: Dashboard
beforeAll(async () => {
  d = await startDashboard()
}, 120_000)
afterAll(async () => {
  await d?.close()
})

const history = (page: Page) => page.getByRole("region", { name: /^(Historia zmian|History)$/ })

/** A treated Warsaw patient (the procedure entered after the fact: 6 right lesions) with a baseline visit. */
const treated = async (id: string) => {
  const api = await apiAs(d, accounts.coordinator)
  await treatedPatient(api, id)
  return api
}

// Nothing of the page is wider than the window (a clipped field or sentence would be).
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("form *")]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}`)
  )

describe("corrections that change nothing, and a recorded procedure's lesions, in Polish", () => {
  it("refuses a visit and a procedure correction that change nothing, in Polish beside the form; the history shows no correction", async () => {
    const api = await treated("WAW-9801")
    const before = (await api.patientHistory({ params: { id: Model.PatientId.make("WAW-9801") } })).items
    const page = await signedInAs(d, accounts.coordinator)
    await page.goto(`${d.url}/patients/WAW-9801`)
    await settled(page, "patient")

    // the baseline visit: only a reason typed
    await page.getByRole("button", { name: "Popraw wizytę wyjściową" }).click()
    const visitForm = page.getByRole("form", { name: "Popraw wizytę" })
    await visitForm.getByLabel("Powód poprawki").fill("sprawdzone z kartą")
    await visitForm.getByRole("button", { name: "Zapisz poprawkę" }).click()
    const refusal = visitForm.getByRole("alert").filter({ hasText: "Niczego nie zmieniono" })
    await refusal.waitFor()
    expect(await refusal.textContent()).toBe(
      "Niczego nie zmieniono: wszystkie wartości są takie same jak w rejestrze, więc poprawka nie została zapisana. Zmień wartość, którą poprawiasz, albo anuluj."
    )
    expect(await axe(page)).toEqual([])
    await screenshotsAt(page, "corrections-visit-unchanged", refusal)
    expect(await overflowing(page)).toEqual([])
    await visitForm.getByRole("button", { name: "Anuluj" }).click()

    // the procedure, its six lesions shown and left as they are
    await page.getByRole("button", { name: "Popraw zabieg" }).click()
    const procedureForm = page.getByRole("form", { name: "Popraw dane zabiegu" })
    expect(await procedureForm.getByRole("group", { name: /^Lezja \d$/ }).count()).toBe(6)
    await procedureForm.getByLabel("Powód poprawki").fill("sprawdzone z protokołem zabiegu")
    await procedureForm.getByRole("button", { name: "Zapisz poprawkę" }).click()
    const procedureRefusal = procedureForm.getByRole("alert").filter({ hasText: "Niczego nie zmieniono" })
    await procedureRefusal.waitFor()
    await screenshotsAt(page, "corrections-procedure-unchanged", procedureRefusal)
    expect(await overflowing(page)).toEqual([])

    expect(await history(page).textContent()).not.toContain("poprawion")
    const after = (await api.patientHistory({ params: { id: Model.PatientId.make("WAW-9801") } })).items
    expect(after).toEqual(before)
    await page.context().close()
  })

  it("corrects a lesion's level and a freeze end of a procedure entered after the fact; the history names the lesion in Polish", async () => {
    await treated("WAW-9802")
    const page = await signedInAs(d, accounts.coordinator)
    await page.goto(`${d.url}/patients/WAW-9802`)
    await settled(page, "patient")
    await page.getByRole("button", { name: "Popraw zabieg" }).click()
    const form = page.getByRole("form", { name: "Popraw dane zabiegu" })
    const third = form.getByRole("group", { name: "Lezja 3", exact: true })
    expect(await third.getByLabel("Poziom").inputValue()).toBe("S1")
    await third.getByLabel("Poziom").selectOption("S2")
    const cycle = third.getByRole("group", { name: "Cykl zamrażania i rozmrażania 1" })
    // lesion 3 starts at 900 s (15:00); its first freeze ends at 17:00: ten seconds later, as the chart says
    expect(await cycle.getByLabel("Koniec zamrażania").inputValue()).toBe("17:00")
    await cycle.getByLabel("Koniec zamrażania").fill("17:10")
    await form.getByLabel("Powód poprawki").fill("karta zabiegu: lezja 3 na poziomie S2")
    expect(await axe(page)).toEqual([])
    await screenshotsAt(page, "corrections-lesion-form", third)
    expect(await overflowing(page)).toEqual([])
    await form.getByRole("button", { name: "Zapisz poprawkę" }).click()
    await form.waitFor({ state: "detached" })
    await expect
      .poll(() => history(page).textContent(), { timeout: 10_000 })
      .toContain("karta zabiegu: lezja 3 na poziomie S2")
    const line = history(page).getByText(/^Zabieg z 16\.03\.2026 poprawiony: /)
    expect(await line.textContent()).toBe(
      "Zabieg z 16.03.2026 poprawiony: Lezja 3 (S2, strona prawa) — Poziom: S1 → S2; " +
        "Lezja 3 (S2, strona prawa) — Cykl zamrażania i rozmrażania 1, Koniec zamrażania: 17:00 → 17:10"
    )
    // the reason on its own line, labelled
    await history(page).getByText("Powód: karta zabiegu: lezja 3 na poziomie S2").waitFor()
    // the procedure's summary counts the corrected level
    expect(await page.locator('[data-step="procedure"]').textContent()).toContain("S2")
    await screenshotsAt(page, "corrections-lesion-history", line)
    await page.context().close()
  })

  it("says in Polish why a live procedure's lesions cannot be corrected, and offers none of their fields", async () => {
    const api = await apiAs(d, accounts.coordinator)
    const id = Model.PatientId.make("WAW-9803")
    await api.createPatient({ body: newPatient(id) })
    await api.createScreening({ params: { id }, body: eligibleScreening })
    await api.createBlock({ params: { id }, body: positiveBlock })
    const { token } = await makeClient({ baseUrl: d.url }).login({
      body: { username: accounts.clinician, password: passwordOf(d) }
    })
    const live = await openProcedure(d.server, token, id)
    await send(d.server, live.deviceToken, live.id, textbookPosts(sevenLevels))
    const page = await signedInAs(d, accounts.coordinator)
    await page.goto(`${d.url}/patients/${id}`)
    await settled(page, "patient")
    await page.getByRole("button", { name: "Popraw zabieg" }).click()
    const form = page.getByRole("form", { name: "Popraw dane zabiegu" })
    expect(await form.textContent()).toContain(
      "Ten zabieg prowadzono na żywo: jego lezje (testy stymulacji, zamrożenia i telemetria sondy) pochodzą z zapisu sondy i nie można ich poprawić."
    )
    expect(await form.getByRole("group", { name: /^Lezja \d$/ }).count()).toBe(0)
    expect(await axe(page)).toEqual([])
    await screenshotsAt(
      page,
      "corrections-live-procedure-form",
      form.getByText(/^Ten zabieg prowadzono na żywo/)
    )
    await page.context().close()
  })

  it("refuses every correction form of a demo patient left untouched: each gives back the record as stored", async () => {
    const api = await apiAs(d, accounts.coordinator)
    const events = await api.listAdverseEvents({})
    const id = events.items.find((e) => e.centerId === "waw")!.patientId
    const before = (await api.patientHistory({ params: { id } })).items
    const page = await signedInAs(d, accounts.coordinator)
    await page.goto(`${d.url}/patients/${id}`)
    await settled(page, "patient")
    const buttons = [
      /^Popraw dane pacjenta$/,
      /^Popraw kwalifikację$/,
      /^Popraw blokadę z /,
      /^Popraw zabieg$/,
      /^Popraw wizytę /,
      /^Popraw zdarzenie /
    ]
    const refused: Array<string> = []
    for (const name of buttons) {
      const count = await page.getByRole("button", { name }).count()
      for (let n = 0; n < count; n++) {
        await page.getByRole("button", { name }).nth(n).click()
        const form = page.locator("form").filter({ has: page.getByLabel("Powód poprawki") })
        await form.getByLabel("Powód poprawki").fill("sprawdzone z dokumentacją")
        await form.getByRole("button", { name: "Zapisz poprawkę" }).click()
        const alert = form.getByRole("alert").filter({ hasText: /\S/ })
        await alert.last().waitFor()
        refused.push(`${name.source} ${n}: ${await alert.last().textContent()}`)
        await form.getByRole("button", { name: "Anuluj" }).click()
        await form.waitFor({ state: "detached" })
      }
    }
    expect(refused.length).toBeGreaterThanOrEqual(6)
    for (const line of refused) expect(line).toMatch(/: Niczego nie zmieniono: /)
    expect((await api.patientHistory({ params: { id } })).items).toEqual(before)
    await page.context().close()
  })
})
