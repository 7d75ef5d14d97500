import { fileURLToPath } from "node:url"
import { makeClient } from "@cryoreg/contract"
import { FreezeProtocol, Model, Protocol } from "@cryoreg/domain"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  accounts,
  apiAs,
  type Dashboard,
  screenshot,
  settled,
  signedInAs,
  startDashboard
} from "./harness.js"

/**
 * Each analysis page and the live page as a Polish browser sees them: Polish headings and statistical
 * words, decimal commas, dates as 07.12.2026, and none of the page's English headings left behind.
 */
const pages = [
  {
    path: "/cohort",
    name: "cohort",
    polish: [
      "Kohorta",
      "Lejek kwalifikacji",
      "Kompletność obserwacji",
      "Rekrutacja według ośrodka i miesiąca"
    ],
    english: [
      "Eligibility funnel",
      "Follow-up completeness",
      "Enrollment by center",
      "Show the numbers",
      "Time point"
    ]
  },
  {
    path: "/outcomes",
    name: "outcomes",
    polish: [
      "Wyniki leczenia",
      "Ból, NRS (0–10)",
      "Średnia",
      "95% PU",
      "Odpowiadający na leczenie po 3 i 6 miesiącach"
    ],
    english: [
      "Outcomes",
      "Pain, NRS",
      "Responders at 3",
      "Analgesic use",
      "Mean",
      "Threshold",
      "3 months",
      " of "
    ]
  },
  {
    path: "/tables",
    name: "tables",
    polish: [
      "Tabele badania",
      "Tabela 2. Natężenie bólu (NRS, VAS) w czasie",
      "efekt czasu w analizie wariancji z powtarzanymi pomiarami, p",
      "d Cohena, NRS po 3 miesiącach",
      "Spójność opublikowanych tabel"
    ],
    english: [
      "Study tables",
      "Table 2.",
      "Published",
      "Reproduced",
      "cells agree",
      "rmANOVA",
      "baseline",
      "finding",
      "the printed",
      "cannot satisfy",
      "as printed"
    ]
  },
  {
    path: "/subgroups",
    name: "subgroups",
    polish: ["Podgrupy", "Kobiety", "test t Welcha, dwie grupy", "jednoczynnikowa analiza wariancji"],
    english: ["Subgroups", "Between-group tests", "Welch t-test", "one-way", "Mean change", "Female", "Sex"]
  },
  {
    path: "/safety",
    name: "safety",
    polish: [
      "Bezpieczeństwo",
      "zdarzeń niepożądanych",
      "pacjentów ze zdarzeniem",
      "Według rodzaju i nasilenia",
      "ból okołozabiegowy"
    ],
    english: [
      "Safety",
      "adverse events",
      "By type and severity",
      "procedural pain",
      "Outcome by type",
      "mild"
    ]
  }
] as const

const screenshotDir = fileURLToPath(new URL("../../test-output/screenshots", import.meta.url))

/** A decimal number written with a comma (7,4), and a date as Polish writes it (07.12.2026). */
const decimalComma = /\d,\d/
const polishDate = /\b\d{2}\.\d{2}\.20\d{2}\b/

const openDetails = (page: Page) =>
  page.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true
  })

/** What the page says, the paper-consistency findings included. */
const text = async (page: Page) => (await page.locator("main").textContent()) ?? ""

describe("the analysis pages and the live page in Polish", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  /** A page of a Polish browser, signed in through the Polish sign-in form. */
  const polishPage = (username: string, width: number): Promise<Page> => signedInAs(d, username, { width })

  for (const width of [1280, 768])
    it(`shows every analysis page in Polish at ${width} px, photographed`, async () => {
      const page = await polishPage(accounts.coordinator, width)
      const errors: Array<string> = []
      page.on("pageerror", (e) => errors.push(e.message))
      const left: Record<string, Array<string>> = {}
      const missing: Record<string, Array<string>> = {}
      for (const p of pages) {
        await page.goto(`${d.url}${p.path}`)
        await settled(page, p.name)
        await page.locator(`[data-page="${p.name}"] h2`).first().waitFor()
        await openDetails(page)
        const body = await text(page)
        const absent = p.polish.filter((w) => !body.includes(w))
        if (absent.length > 0) missing[p.path] = absent
        const english = p.english.filter((w) => body.includes(w))
        if (english.length > 0) left[p.path] = english
        if (p.name !== "cohort" && p.name !== "safety") expect(body, p.path).toMatch(decimalComma)
        if (p.name === "cohort") {
          // the enrollment chart's legend names the center, not its code
          const chart = (
            await page.locator('[data-page="cohort"] .chart').evaluateAll((cs) => cs.map((c) => c.innerHTML))
          ).join("")
          expect(chart).toContain("Neurolocus Pain Management Centre")
          expect(chart).not.toMatch(/>waw</)
          // its months as Polish names them ("gru 2023"), not as ISO codes ("2023-12")
          expect(chart).toMatch(/>(sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru) 20\d\d</)
          expect(chart).not.toMatch(/>20\d\d-\d\d</)
        }
        // Wider than the window only inside a table's own scrolling box, never the page itself.
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
          `${p.path} overflows at ${width} px`
        ).toBe(true)
        await screenshot(page, `pl-${p.name}-${width}`)
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.screenshot({ path: `${screenshotDir}/pl-${p.name}-${width}-top.png` })
      }
      expect(missing).toEqual({})
      expect(left).toEqual({})
      expect(errors).toEqual([])
      await page.context().close()
    }, 180_000)

  it("writes the frozen set's date and the overdue visits' dates as Polish dates, and p-values with a comma", async () => {
    const page = await polishPage(accounts.statistician, 1280)
    await page.goto(`${d.url}/tables`)
    await settled(page, "tables")
    const summary = page.locator("[data-set-summary]")
    await summary.waitFor()
    expect(await summary.textContent()).toMatch(
      /Zamrożony zbiór analityczny: .*zamrożony \d{2}\.\d{2}\.\d{4} \(autor: /
    )
    const table2 = page.locator("section.card", { has: page.locator("#table2-title") })
    await table2.locator("summary").click()
    expect(await table2.locator("tr", { hasText: "3 vs 6 miesięcy, p" }).textContent()).toContain("0,021")
    await page.goto(`${d.url}/cohort`)
    await settled(page, "cohort")
    const overdue = page.locator("section.card", { has: page.locator("#overdue-title") })
    expect(await overdue.locator("h2").textContent()).toMatch(/^Zaległe wizyty \(\d+\)$/)
    if ((await overdue.locator("tbody tr").count()) > 0)
      expect(await overdue.locator("tbody tr").first().textContent()).toMatch(polishDate)
    await page.context().close()
  })

  it("redraws the charts in English when the language is switched back", async () => {
    const page = await polishPage(accounts.coordinator, 1280)
    await page.goto(`${d.url}/subgroups`)
    await settled(page, "subgroups")
    const forest = page.locator('[data-page="subgroups"] [role="img"]').first()
    await expect.poll(() => forest.innerHTML()).toContain("Zmiana NRS po 6 miesiącach")
    // the axis's ticks with a decimal comma too, as the numbers beside the dots
    expect(await forest.innerHTML()).not.toMatch(/>[−-]?\d+\.\d+</)
    expect(await forest.innerHTML()).toMatch(/>[−-]?\d+,5</)
    await page.getByLabel("Język").selectOption("en")
    await expect.poll(() => forest.innerHTML()).toContain("NRS change at 6 months")
    expect(await forest.getAttribute("aria-label")).toContain("Forest plot")
    expect(await page.locator("h1").textContent()).toBe("Subgroups")
    // the language is kept on the (shared) account: it is switched back for the tests after this one
    const saved = page.waitForResponse(
      (r) => r.url().endsWith("/api/auth/me") && r.request().method() === "PATCH"
    )
    await page.getByLabel("Language").selectOption("pl")
    expect((await saved).status()).toBe(200)
    await page.context().close()
  })

  it("shows the live procedure in Polish: the step, the refused gate in words, decimal commas", async () => {
    const clinician = await apiAs(d, accounts.clinician)
    const eligible = await clinician.listPatients({ query: { status: "eligible" } })
    const patient = eligible.items.find((p) => p.treatedSide === "right")
    if (patient === undefined)
      throw new Error("the demo cohort has no eligible right-sided patient at this center")
    const opened = await clinician.createLiveProcedure({
      params: { id: patient.id },
      body: {
        side: "right",
        lesionsPerSide: 6,
        deviceSerial: "E2E-PROBE-PL",
        operator: "e2e",
        date: "2026-12-01"
      }
    })
    const device = makeClient({ baseUrl: d.url, token: opened.deviceToken })
    const id = Model.ProcedureId.make(opened.procedure.id)
    const refusedTest = { frequencyHz: 2, voltagesTried: [0.5, 1, 1.5], motorResponseAtVoltage: 1.5 }
    await device.postProcedureEvents({
      params: { id },
      body: {
        firstIndex: 0,
        events: [
          { _tag: "ProbePositioned", side: "right", level: "S1" },
          { _tag: "StimulationTested", ...refusedTest }
        ]
      }
    })
    for (const width of [1280, 768]) {
      const page = await polishPage(accounts.clinician, width)
      await page.goto(`${d.url}/procedures/${id}/live`)
      await settled(page, "live-procedure")
      await page.getByTestId("connection").filter({ hasText: "Połączono" }).waitFor()
      const gate = page.getByTestId("gate")
      await expect
        .poll(() => gate.textContent())
        .toBe(
          "Warunek stymulacji: nie wolno zamrażać: strona prawa, poziom S1: odpowiedź ruchowa przy 1,5 V (limit 2 V): sonda leży blisko nerwu ruchowego; zmień położenie i powtórz test"
        )
      const body = await text(page)
      for (const w of ["Zabieg na żywo", "sonda umieszczona", "etap protokołu", "lezje po stronie prawej"])
        expect(body).toContain(w)
      // the finding is worded in Polish, not the domain's English sentence
      expect(body).not.toContain(
        FreezeProtocol.describeFinding("motor-response", refusedTest, Protocol.study)
      )
      for (const w of [
        "Live procedure",
        "protocol step",
        "Tip temperature",
        "Deviations",
        "Lesions",
        "motor"
      ])
        expect(body).not.toContain(w)
      expect(await page.locator("figure.chart").getAttribute("aria-label")).toContain("−78 °C")
      expect(await page.locator(".u-legend").textContent()).toContain("lezja 1")
      await screenshot(page, `pl-live-procedure-${width}`)
      await page.context().close()
    }
  })
})
