import type { BlockInput } from "@cryoreg/contract"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure } from "../support/inputs.js"
import {
  accounts,
  apiAs,
  type Dashboard,
  screenshot,
  settled,
  signedInAs,
  startDashboard
} from "./harness.js"
import { codeWords, daysAgo } from "./journey-support.js"

let d: Dashboard
beforeAll(async () => {
  d = await startDashboard()
}, 120_000)
afterAll(async () => {
  await d?.close()
})

/** 2026-12-07 as a Polish coordinator writes it: 07.12.2026. */
const polishDate = (iso: string) => iso.split("-").reverse().join(".")

const history = (page: Page) => page.getByRole("region", { name: /^(Historia zmian|History)$/ })

describe("a Polish coordinator's patient page", () => {
  it("registers, screens, records and corrects a visit in Polish, and reads the history in Polish words and dates, then in English", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    await page.goto(`${d.url}/patients`)
    await settled(page, "patients")
    expect(await page.locator("h1").textContent()).toBe("Pacjenci")

    // registration, in Polish
    await page.getByRole("button", { name: "Zarejestruj pacjenta" }).click()
    const register = page.getByRole("form", { name: "Rejestracja pacjenta" })
    const hint = register.getByText(/^Następny wolny identyfikator ośrodka to /)
    await hint.waitFor()
    const id = /to (WAW-\d{4})/.exec((await hint.textContent()) ?? "")![1]!
    await register.getByLabel("Płeć").selectOption({ label: "kobieta" })
    await register.getByLabel("Rok urodzenia").fill("1968")
    await register.getByLabel("Strona leczona").selectOption({ label: "Prawa" })
    await register.getByRole("button", { name: "Zarejestruj pacjenta" }).click()
    await page.waitForURL(`${d.url}/patients/${id}`)
    await settled(page, "patient")
    expect(await page.locator("h1").textContent()).toBe(
      `Pacjent ${id} Zarejestrowany, jeszcze bez kwalifikacji`
    )
    expect(
      await page.getByText(/^kobieta, rok urodzenia 1968, ośrodek .*, strona leczona: prawa/).count()
    ).toBe(1)

    // screening
    const screened = daysAgo(40)
    await page.getByRole("button", { name: "Wprowadź kwalifikację" }).click()
    const screening = page.getByRole("form", { name: "Wprowadź kwalifikację" })
    expect(await screening.getByLabel("Data kwalifikacji").getAttribute("lang")).toBe("pl")
    await screening.getByLabel("Data kwalifikacji").fill(screened)
    await screening.getByLabel("Czas trwania bólu (miesiące)").fill("24")
    await screening.getByLabel("NRS przy kwalifikacji (0–10)").fill("7")
    await screening.getByLabel("Nieskuteczne leczenie zachowawcze (miesiące)").fill("6")
    await screening.getByLabel("Wykonano MRI odcinka lędźwiowego i stawów krzyżowo-biodrowych").check()
    await screening.getByRole("button", { name: "Żadne z kryteriów wyłączenia nie występuje" }).click()
    await screening.getByRole("button", { name: "Zapisz kwalifikację" }).click()
    await screening.waitFor({ state: "detached", timeout: 20_000 })
    await page.locator(".badge", { hasText: "Po kwalifikacji, kwalifikowalność nierozstrzygnięta" }).waitFor()
    await page.getByText(`Kwalifikacja ${polishDate(screened)}: ból od 24 mies.`).waitFor()

    // the baseline visit, then its correction with a reason (VAS typed with a decimal comma)
    await page.getByRole("button", { name: "Wprowadź wizytę" }).click()
    const visit = page.getByRole("form", { name: "Wprowadź wizytę" })
    await visit.getByLabel("Punkt czasowy").selectOption({ label: "Wizyta wyjściowa" })
    await visit.getByLabel("Data wizyty").fill(daysAgo(30))
    await visit.getByLabel("NRS (0–10)").fill("6")
    await visit.getByLabel("VAS (mm, 0–100)").fill("55")
    const sections = visit.getByRole("group", { name: /^\d+\. / })
    for (let s = 0; s < 10; s++) await sections.nth(s).getByLabel("2", { exact: true }).check()
    expect(await visit.getByTestId("odi-score").textContent()).toBe("Wynik ODI: 40,0 % (umiarkowana)")
    await visit.getByRole("button", { name: "Zapisz wizytę" }).click()
    await visit.waitFor({ state: "detached", timeout: 20_000 })
    const visits = page.getByRole("table", { name: "Wizyty" })
    await visits.getByText(polishDate(daysAgo(30))).waitFor()
    await visits.getByRole("button", { name: "Popraw wizytę wyjściową", exact: true }).click()
    const correction = page.getByRole("form", { name: "Popraw wizytę" })
    await correction.getByLabel("NRS (0–10)").fill("5")
    await correction.getByLabel("VAS (mm, 0–100)").fill("50,5")
    await correction.getByLabel("Powód poprawki").fill("pomyłka w karcie")
    await correction.getByRole("button", { name: "Zapisz poprawkę" }).click()
    await correction.waitFor({ state: "detached", timeout: 20_000 })

    // the history in Polish words and Polish dates
    // the visit by its date, as the other records
    const corrected = /^Wizyta wyjściowa z \d{2}\.\d{2}\.\d{4} poprawiona: NRS: 6 → 5; VAS: 55 → 50,5$/
    await history(page).getByText(corrected).waitFor({ timeout: 15_000 })
    // the reason on its own line, labelled
    await history(page).getByText("Powód: pomyłka w karcie", { exact: true }).waitFor()
    const polish = (await history(page).textContent()) ?? ""
    expect(polish).toContain("Pacjent zarejestrowany")
    expect(polish).toContain(`Kwalifikacja z ${polishDate(screened)} zapisana`)
    expect(polish).toMatch(/Wizyta wyjściowa z \d{2}\.\d{2}\.\d{4} zapisana/)
    expect(polish).toMatch(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} · coordinator-waw/)
    expect(polish).not.toMatch(codeWords)
    expect(polish).not.toMatch(/vasMm|baseline|correct |create |visit/)
    expect(await visits.textContent()).toContain("50,5")

    // screenshots at 1280 and 768 px: nothing wider than the window
    for (const width of [1280, 768]) {
      await page.setViewportSize({ width, height: 900 })
      await screenshot(page, `patient-pl-${width}`)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0)
    }
    await page.setViewportSize({ width: 1280, height: 900 })

    // the same correction's history in English
    await page.getByLabel("Język").selectOption({ label: "English" })
    await history(page)
      .getByText(/^Baseline visit of \d{1,2} \w{3} \d{4} corrected: NRS: 6 → 5; VAS: 55 → 50\.5$/)
      .waitFor()
    await history(page).getByText("Reason: pomyłka w karcie", { exact: true }).waitFor()
    const english = (await history(page).textContent()) ?? ""
    expect(english).toContain(
      `Screening of ${new Date(`${screened}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })} recorded`
    )
    expect(english).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} · coordinator-waw/)
    expect(english).not.toMatch(codeWords)
    await screenshot(page, "patient-en-1280")
    // the choice is kept on the account: back to Polish for the coordinator's next sign-in
    const kept = page.waitForResponse(
      (r) => r.url().endsWith("/api/auth/me") && r.request().method() === "PATCH"
    )
    await page.getByLabel("Language").selectOption({ label: "Polski" })
    await kept
    await page.getByLabel("Język").waitFor()
    await page.context().close()
  }, 180_000)

  it("reads two comparative blocks and a procedure's deviations in Polish sentences, none of the API's English", async () => {
    // seeded through the API: a 2.5 ml block compared with bupivacaine (concordant), a repeat whose bupivacaine
    // block failed (discordant), and five lesions, the first one's second freeze 60 s
    const api = await apiAs(d, accounts.coordinator)
    const id = (await api.nextPatientId({ query: {} })).id
    const patient = { id: (await api.createPatient({ body: newPatient(id) })).patient.id }
    await api.createScreening({ params: patient, body: eligibleScreening })
    const bupivacaine = {
      ...positiveBlock,
      agent: "bupivacaine",
      concentrationPercent: 0.5,
      nrsAfter: 2
    } as const
    const blocks: ReadonlyArray<BlockInput> = [
      {
        ...positiveBlock,
        volumeMl: 2.5,
        reliefDurationHours: 1.5,
        comparative: { ...bupivacaine, date: "2026-03-11", reliefDurationHours: 6 }
      },
      {
        ...positiveBlock,
        date: "2026-03-10",
        comparative: { ...bupivacaine, date: "2026-03-13", nrsAfter: 6 }
      }
    ]
    for (const body of blocks) await api.createBlock({ params: patient, body })
    const [first, ...others] = procedure.lesions.slice(0, 5)
    const short = { ...first!.freezeCycles[1]!, endedAt: first!.freezeCycles[1]!.startedAt + 60 }
    await api.createProcedure({
      params: patient,
      body: {
        ...procedure,
        lesions: [{ ...first!, freezeCycles: [first!.freezeCycles[0]!, short] }, ...others]
      }
    })
    const record = await api.getPatient({ params: patient })
    const english = [
      ...record.blocks.flatMap((b) => [
        ...b.evaluation.deviations.map((x) => x.message),
        b.evaluation.comparative?.reason ?? ""
      ]),
      ...record.procedure!.summary.deviations.map((x) => x.message),
      ...record.screening!.eligibility.criteria.map((c) => c.text)
    ]
    expect(english).toContain("only the lidocaine block relieved the pain enough")

    const page = await signedInAs(d, accounts.coordinator)
    await page.goto(`${d.url}/patients/${id}`)
    await settled(page, "patient")
    const blockTable = page.getByRole("table", { name: "Blokady diagnostyczne" })
    const rows = blockTable.locator("tbody tr")
    await expect.poll(() => rows.count()).toBe(2)
    expect(await rows.nth(0).textContent()).toContain(
      "porównawcza: zgodna — ulga trwała 6 h (bupiwakaina), dłużej niż 1,5 h (lidokaina)"
    )
    expect(await rows.nth(0).textContent()).toContain(
      "objętość wynosiła 2,5 ml; protokół przewiduje 1,5–2 ml"
    )
    expect(await rows.nth(1).textContent()).toContain(
      "porównawcza: niezgodna — wystarczającą ulgę przyniosła tylko blokada ze środkiem: lidokaina"
    )
    const deviations = page.getByRole("list", { name: "Odstępstwa od protokołu" }).getByRole("listitem")
    expect(await deviations.allTextContents()).toEqual([
      "Prawa strona: 5 lezji; protokół przewiduje 6–7 na stronę",
      "Prawa strona: brak lezji na poziomie S3 (protokół obejmuje L5, S1, S2, S3)",
      "Lezja 1 (L5, strona prawa), cykl 2: zamrażanie trwało 60 s; protokół przewiduje 120 s ± 10 s"
    ])
    const body = (await page.locator("main").textContent()) ?? ""
    expect(english.filter((sentence) => sentence !== "" && body.includes(sentence))).toEqual([])
    for (const word of ["relief lasted", "the protocol", "Lesion", "Right side", "ognisk"])
      expect(body, word).not.toContain(word)
    expect(body).not.toMatch(codeWords)
    for (const width of [1280, 768]) {
      await page.setViewportSize({ width, height: 900 })
      await screenshot(page, `patient-blocks-procedure-pl-${width}`)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0)
    }
    await page.context().close()
  }, 180_000)
})
