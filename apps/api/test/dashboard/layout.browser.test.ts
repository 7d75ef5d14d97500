import { makeClient } from "@cryoreg/contract"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { newPatient } from "../support/inputs.js"
import { accounts, type Dashboard, screenshot, settled, startDashboard } from "./harness.js"

const widths = [1280, 768, 390] as const

/**
 * What is wrong with the layout as it stands: the page scrolling sideways, or a table sticking out of its box
 * without a scroll box of its own (its last column cut off or spilling over the card).
 */
const layoutProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: Array<string> = []
    const root = document.documentElement
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${typeof el.className === "string" && el.className ? `.${el.className.trim().replace(/\s+/g, ".")}` : ""}`
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
          .map((el) => `${name(el)} “${(el.textContent ?? "").trim().slice(0, 30)}”`)
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
    return problems
  })

/** Clicks every button that opens a form, each once, until none is left. */
const openEveryForm = async (page: Page) => {
  const opened: Array<string> = []
  for (let round = 0; round < 30; round++) {
    const buttons = page
      .locator("[data-page='patient'] button[type='button']:visible")
      .filter({ hasText: /^(Record|Enter|Report|Correct)/ })
    const names = await buttons.allTextContents()
    // each button's text names its record ("Correct the block of 2024-09-12"): clicked once each
    const next = names.findIndex((n) => !opened.includes(n))
    if (next < 0) break
    opened.push(names[next]!)
    await buttons.nth(next).click()
  }
  return opened
}

describe("the dashboard's layout at 1280, 768 and 390 px", () => {
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
    registered = (await coordinator.nextPatientId({ query: {} })).id
    await coordinator.createPatient({ body: newPatient(registered) })
    const eligible = await coordinator.listPatients({ query: { status: "eligible", limit: 2 } })
    awaiting = eligible.items[0]!.id
    const opened = await coordinator.createLiveProcedure({
      params: { id: eligible.items[1]!.id },
      body: {
        side: eligible.items[1]!.treatedSide,
        lesionsPerSide: 6,
        deviceSerial: "LAYOUT-1",
        operator: "e2e",
        date: "2026-12-01"
      }
    })
    live = opened.procedure.id
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
    { path: "/patients", name: "patients" },
    { path: "/patients/WAW-0001", name: "patient", forms: true },
    { path: `/patients/${awaiting}`, name: "patient", forms: true, shot: "patient-eligible" },
    { path: `/patients/${registered}`, name: "patient", forms: true, shot: "patient-registered" },
    { path: `/procedures/${live}/live`, name: "live-procedure" }
  ]

  for (const width of widths) {
    it(`has no sideways scroll and no cut-off column at ${width} px: login`, async () => {
      const page = await d.browser.newPage({ viewport: { width, height: 900 } })
      await page.goto(`${d.url}/login`)
      await page.getByTestId("server-status").waitFor()
      await screenshot(page, `layout-login-${width}`)
      expect(await layoutProblems(page)).toEqual([])
      await page.close()
    })

    for (const account of [accounts.coordinator, accounts.admin, accounts.statistician] as const)
      it(`has no sideways scroll and no cut-off column at ${width} px, every page of ${account}, every form open`, async () => {
        const page = await d.signedIn(account, width)
        const found: Record<string, ReadonlyArray<string>> = {}
        for (const p of pages()) {
          if (account === accounts.statistician && /^\/(patients|procedures)/.test(p.path)) continue
          await page.goto(`${d.url}${p.path}`)
          await settled(page, p.name)
          await page.evaluate(() => {
            for (const el of document.querySelectorAll("details")) el.open = true
          })
          if (p.forms && account !== accounts.statistician) expect(await openEveryForm(page)).not.toEqual([])
          if (p.name === "patients" && account !== accounts.statistician)
            await page.getByRole("button", { name: "Register a patient" }).click()
          await screenshot(page, `layout-${p.shot ?? p.name}-${account}-${width}`)
          const problems = await layoutProblems(page)
          if (problems.length > 0) found[p.path] = problems
        }
        await page.close()
        expect(found).toEqual({})
      }, 180_000)
  }
})
