import { makeClient } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { newPatient } from "../support/inputs.js"
import { accounts, type Dashboard, screenshot, settled, signedInAs, startDashboard } from "./harness.js"

const widths = [1280, 768, 390] as const

/**
 * What is wrong with the layout as it stands: the page scrolling sideways; a table sticking out of its box
 * without a scroll box of its own (its last column cut off or spilling over the card); from 768 px up, a column
 * beneath the acts pinned on a table's rows; a button, link or field
 * hidden behind the edge of its box or of the window (a row's acts past a table's scroll box); words cut off
 * by their box or their button; a chart's labels drawn outside its picture or its axis title longer than the
 * plotting area it stands beside.
 */
const layoutProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: Array<string> = []
    const root = document.documentElement
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${typeof el.className === "string" && el.className ? `.${el.className.trim().replace(/\s+/g, ".")}` : ""}`
    const words = (el: Element) => `“${(el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)}”`
    // what a sighted user does not see anyway: a screen reader's text, a closed <details>, a hidden form
    const unseen = (el: Element) => {
      if (el.closest(".visually-hidden") !== null) return true
      const box = el.getBoundingClientRect()
      return box.width === 0 || box.height === 0
    }
    if (root.scrollWidth > window.innerWidth) {
      // The outermost elements past the window's edge: what makes the page scroll sideways.
      const past = [...document.body.querySelectorAll("*")].filter(
        (el) =>
          el.getBoundingClientRect().right > window.innerWidth + 1 &&
          (el.parentElement === null ||
            el.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
      )
      problems.push(
        `the page is ${root.scrollWidth} px wide in a ${window.innerWidth} px window: ${past
          .slice(0, 4)
          .map((el) => `${name(el)} ${words(el)}`)
          .join(", ")}`
      )
    }
    for (const table of document.querySelectorAll("table")) {
      const box = table.getBoundingClientRect()
      if (box.width === 0) continue
      const caption = table.querySelector("caption")?.textContent?.trim() ?? name(table)
      const lastHead = [...table.querySelectorAll("thead th")].at(-1)
      for (let el = table.parentElement; el !== null && el !== document.body; el = el.parentElement) {
        const overflow = getComputedStyle(el).overflowX
        const edge = el.getBoundingClientRect()
        if (overflow === "auto" || overflow === "scroll") {
          // In its own scroll box: every column can be scrolled to, as long as the box fits the page; on a
          // wide screen no column may hide behind the box's edge.
          if (edge.right > window.innerWidth + 1)
            problems.push(`the scroll box of “${caption}” runs off the page`)
          const card = el.parentElement?.closest(".card")
          if (card !== null && card !== undefined && edge.right > card.getBoundingClientRect().right + 1)
            problems.push(
              `the scroll box of “${caption}” sticks out of its card by ${Math.round(edge.right - card.getBoundingClientRect().right)} px`
            )
          // its caption's words are read in the box as it opens, not scrolled to with the columns
          const captionBox = table.querySelector("caption")
          if (captionBox !== null) {
            const words = document.createRange()
            words.selectNodeContents(captionBox)
            const visibleRight = edge.left + el.clientLeft + el.clientWidth
            if (words.getBoundingClientRect().right > visibleRight + 1)
              problems.push(`the caption “${caption}” runs past the edge of its table's box`)
          }
          if (window.innerWidth >= 1280 && el.scrollWidth > el.clientWidth + 1)
            problems.push(
              `“${caption}” (last column “${lastHead?.textContent?.trim() ?? "?"}”) is cut off by its box at ${window.innerWidth} px: ${el.scrollWidth} px in ${el.clientWidth} px`
            )
          break
        }
        if (box.right > edge.right + 1) {
          problems.push(
            `“${caption}” (last column “${lastHead?.textContent?.trim() ?? "?"}”) sticks out of ${name(el)} by ${Math.round(box.right - edge.right)} px`
          )
          break
        }
      }
    }
    // From a tablet up (768 px), a table shows its columns beside the acts pinned on its rows: a column lying
    // beneath them (a visit's analgesics under "correct or retract") is not seen at all.
    if (window.innerWidth >= 768)
      for (const pinned of document.querySelectorAll(".table-wrap th.row-acts")) {
        const acts = pinned.getBoundingClientRect()
        const table = pinned.closest("table")
        if (acts.width === 0 || table === null) continue
        const caption = table.querySelector("caption")?.textContent?.trim() ?? name(table)
        for (const head of table.querySelectorAll("thead th:not(.row-acts)")) {
          const box = head.getBoundingClientRect()
          if (box.right > acts.left + 1 && box.left < acts.right - 1)
            problems.push(
              `the column “${head.textContent?.trim()}” of “${caption}” lies beneath the acts pinned on its rows by ${Math.round(Math.min(box.right, acts.right) - Math.max(box.left, acts.left))} px`
            )
        }
      }
    // A control is in sight without scrolling anything sideways: a table's data (its links to records too) may
    // scroll in the table's box, the acts on its rows may not.
    for (const control of document.querySelectorAll(
      "button, a[href], input:not([type=hidden]), select, textarea, summary"
    )) {
      if (unseen(control)) continue
      const box = control.getBoundingClientRect()
      let clip: Element | null = control.parentElement
      while (clip !== null && clip !== document.body && getComputedStyle(clip).overflowX === "visible")
        clip = clip.parentElement
      const scrolls =
        clip !== null && clip !== document.body && /auto|scroll/.test(getComputedStyle(clip).overflowX)
      if (scrolls && control.tagName === "A" && control.closest("td") !== null) continue
      const edge =
        clip === null || clip === document.body
          ? window.innerWidth
          : Math.min(
              window.innerWidth,
              clip.getBoundingClientRect().left + clip.clientLeft + clip.clientWidth
            )
      if (box.right > edge + 1)
        problems.push(
          `${name(control)} ${words(control)} is hidden behind the edge of ${clip === null || clip === document.body ? "the window" : name(clip)} by ${Math.round(box.right - edge)} px`
        )
    }
    // Words cut off: a box that hides what overflows it, or a button narrower than its words.
    for (const el of document.body.querySelectorAll("*")) {
      if (unseen(el) || el.closest(".chart, svg") !== null) continue
      const overflow = getComputedStyle(el).overflowX
      if (
        (overflow === "hidden" || overflow === "clip" || el.tagName === "BUTTON") &&
        el.scrollWidth > el.clientWidth + 1
      )
        problems.push(
          `${name(el)} ${words(el)} cuts off its words: ${el.scrollWidth} px in ${el.clientWidth} px`
        )
    }
    // A chart's tick labels and titles are drawn inside its picture (an SVG clips what lies outside it).
    for (const svg of document.querySelectorAll(".chart svg")) {
      const frame = svg.getBoundingClientRect()
      if (frame.width === 0) continue
      for (const text of svg.querySelectorAll("text")) {
        const box = text.getBoundingClientRect()
        if (box.width === 0) continue
        if (
          box.left < frame.left - 1 ||
          box.right > frame.right + 1 ||
          box.top < frame.top - 1 ||
          box.bottom > frame.bottom + 1
        )
          problems.push(`the label ${words(text)} of a chart is drawn outside it (cut off)`)
      }
    }
    // The live curve (uPlot, a canvas) fits its figure, and the temperature axis's title fits beside the plot.
    for (const host of document.querySelectorAll("[data-testid='telemetry-curve']")) {
      const chart = host.querySelector(".uplot")
      const plot = host.querySelector(".u-over")
      if (chart === null || plot === null) continue
      if (chart.getBoundingClientRect().right > host.getBoundingClientRect().right + 1)
        problems.push("the live curve is wider than its figure")
      const title =
        document.documentElement.lang === "pl" ? "temperatura końcówki (°C)" : "tip temperature (°C)"
      const context = document.createElement("canvas").getContext("2d")
      if (context === null) continue
      context.font = `bold 12px ${getComputedStyle(chart).fontFamily}`
      const length = context.measureText(title).width
      const room = plot.getBoundingClientRect().height
      if (length > room)
        problems.push(
          `the live curve's axis title (${Math.round(length)} px) is longer than its plot (${Math.round(room)} px)`
        )
    }
    return [...new Set(problems)]
  })

/** The words of the buttons that open a patient's forms, and of the one that opens the registration, by language. */
const formButtons = {
  "en-US": { opens: /^(Record|Enter|Report|Correct)/, register: "Register a patient" },
  "pl-PL": { opens: /^(Wprowadź|Popraw|Zgłoś)/, register: "Zarejestruj pacjenta" }
} as const

/** Clicks every button that opens a form, each once, until none is left. */
const openEveryForm = async (page: Page, opens: RegExp) => {
  const opened: Array<string> = []
  for (let round = 0; round < 30; round++) {
    const buttons = page
      .locator("[data-page='patient'] button[type='button']:visible")
      .filter({ hasText: opens })
    const names = await buttons.allTextContents()
    // each button's text names its record ("Correct the block of 2024-09-12"): clicked once each
    const next = names.findIndex((n) => !opened.includes(n))
    if (next < 0) break
    opened.push(names[next]!)
    await buttons.nth(next).click()
  }
  return opened
}

/** A probe's tip temperature over the first 75 s of a freeze at -78 °C, sampled at 2 Hz. */
const samples = Array.from({ length: 150 }, (_, k) => {
  const s = k / 2
  return { t: 10 + s, tipTemperatureC: s < 10 ? 34 - 11 * s : -78, pressureBar: 55, seq: k }
})

type Locale = keyof typeof formButtons
const everyAccount = [accounts.coordinator, accounts.admin, accounts.statistician] as const

/**
 * Each width in English; in Polish (longer words) at 768 px for every account, and at 390 px for the
 * coordinator, who takes the patient's and the live procedure's pages to the bedside.
 */
const runs: ReadonlyArray<{ width: number; account: string; locale: Locale }> = [
  ...widths.flatMap((width) => everyAccount.map((account) => ({ width, account, locale: "en-US" as const }))),
  ...everyAccount.map((account) => ({ width: 768, account, locale: "pl-PL" as const })),
  { width: 390, account: accounts.coordinator, locale: "pl-PL" }
]

describe("the dashboard's layout at 1280, 768 and 390 px, in English and Polish", () => {
  let d: Dashboard
  let registered: string
  let awaiting: string
  let live: string
  beforeAll(async () => {
    d = await startDashboard()
    const password = d.server.bootstrapped.generatedPassword ?? (process.env.CRYOREG_ADMIN_PASSWORD as string)
    const { token } = await makeClient({ baseUrl: d.url }).login({
      body: { username: accounts.coordinator, password }
    })
    const coordinator = makeClient({ baseUrl: d.url, token })
    // A newcomer's account, its password chosen by the administrator: its state on the users page is the
    // longest ("must change the password"), the column nearest the acts pinned on the rows.
    const admin = makeClient({
      baseUrl: d.url,
      token: (await makeClient({ baseUrl: d.url }).login({ body: { username: accounts.admin, password } }))
        .token
    })
    await admin.createUser({
      body: {
        username: "coordinator-newcomer",
        displayName: "Koordynatorka Nowicka-Wiśniewska",
        role: "coordinator",
        centerId: Model.CenterId.make("waw"),
        password: "chosen-by-the-admin-42"
      }
    })
    registered = (await coordinator.nextPatientId({ query: {} })).id
    await coordinator.createPatient({ body: newPatient(registered) })
    const eligible = await coordinator.listPatients({ query: { status: "eligible", limit: 2 } })
    awaiting = eligible.items[0]!.id
    const treated = eligible.items[1]!
    const opened = await coordinator.createLiveProcedure({
      params: { id: treated.id },
      body: {
        side: treated.treatedSide,
        lesionsPerSide: 6,
        deviceSerial: "LAYOUT-1",
        operator: "e2e",
        date: "2026-12-01"
      }
    })
    live = opened.procedure.id
    // The probe is placed and freezing: the live curve has its axes and their titles.
    const probe = makeClient({ baseUrl: d.url, token: opened.deviceToken })
    const id = Model.ProcedureId.make(live)
    await probe.postProcedureEvents({
      params: { id },
      body: {
        firstIndex: 0,
        events: [
          { _tag: "ProbePositioned", side: treated.treatedSide === "left" ? "left" : "right", level: "L5" },
          {
            _tag: "StimulationTested",
            frequencyHz: 2,
            voltagesTried: [0.5, 1, 1.5, 2],
            motorResponseAtVoltage: null
          },
          { _tag: "FreezeStarted", t: 10 }
        ]
      }
    })
    await probe.postTelemetry({ params: { id }, body: { samples } })
  })
  afterAll(async () => {
    await d?.close()
  })

  const pages = () => [
    { path: "/cohort", name: "cohort" },
    { path: "/outcomes", name: "outcomes" },
    { path: "/tables", name: "tables" },
    { path: "/subgroups", name: "subgroups" },
    { path: "/safety", name: "safety" },
    { path: "/patients", name: "patients", records: true },
    { path: "/patients/WAW-0001", name: "patient", forms: true, records: true },
    { path: `/patients/${awaiting}`, name: "patient", forms: true, records: true, shot: "patient-eligible" },
    {
      path: `/patients/${registered}`,
      name: "patient",
      forms: true,
      records: true,
      shot: "patient-registered"
    },
    { path: `/procedures/${live}/live`, name: "live-procedure", records: true },
    { path: "/import", name: "import", imports: true },
    { path: "/admin/users", name: "admin-users", admin: true },
    { path: "/admin/centers", name: "admin-centers", admin: true },
    { path: "/admin/audit", name: "admin-audit", admin: true },
    { path: "/account/password", name: "account-password" }
  ]

  for (const width of widths)
    it(`has no sideways scroll and no cut-off column at ${width} px: login`, async () => {
      const page = await d.browser.newPage({ viewport: { width, height: 900 } })
      await page.goto(`${d.url}/login`)
      await page.getByTestId("server-status").waitFor()
      await screenshot(page, `layout-login-${width}`)
      expect(await layoutProblems(page)).toEqual([])
      await page.close()
    })

  for (const { width, account, locale } of runs)
    it(`has nothing cut off or out of reach at ${width} px in ${locale === "pl-PL" ? "Polish" : "English"}, every page of ${account}, every form open`, async () => {
      // a Polish browser: the account's own choice of language stays as it was
      const page =
        locale === "pl-PL"
          ? await signedInAs(d, account, { locale, width })
          : await d.signedIn(account, width)
      const words = formButtons[locale]
      const found: Record<string, ReadonlyArray<string>> = {}
      for (const p of pages()) {
        if (account === accounts.statistician && (p.records || p.imports)) continue
        if (account !== accounts.admin && p.admin) continue
        // at 390 px: the pages taken to the bedside
        if (width === 390 && locale === "pl-PL" && !["patient", "live-procedure"].includes(p.name)) continue
        await page.goto(`${d.url}${p.path}`)
        await settled(page, p.name)
        await page.evaluate(() => {
          for (const el of document.querySelectorAll("details")) el.open = true
        })
        if (p.forms && account !== accounts.statistician)
          expect(await openEveryForm(page, words.opens)).not.toEqual([])
        if (p.name === "patients" && account !== accounts.statistician)
          await page.getByRole("button", { name: words.register }).click()
        if (p.name === "live-procedure")
          await page.locator("[data-testid='telemetry-curve'] .u-over").waitFor()
        await screenshot(page, `layout-${p.shot ?? p.name}-${account}-${locale}-${width}`)
        const problems = await layoutProblems(page)
        if (problems.length > 0) found[p.path] = problems
      }
      await page.context().close()
      expect(found).toEqual({})
    }, 240_000)
})
