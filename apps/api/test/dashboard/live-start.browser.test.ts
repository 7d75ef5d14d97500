import { makeClient } from "@cryoreg/contract"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, send, sevenLevels, textbookPosts } from "../live/support.js"
import { accounts, axe, type Dashboard, screenshot, settled, startDashboard } from "./harness.js"

/** The status of a GET with a bearer token. */
const statusWith = async (url: string, token: string) =>
  (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status

describe("a live procedure started, driven and aborted in the dashboard", () => {
  let d: Dashboard
  let eligible: Array<string>
  let staff = ""
  beforeAll(async () => {
    d = await startDashboard()
    const password = d.server.bootstrapped.generatedPassword ?? (process.env.CRYOREG_ADMIN_PASSWORD as string)
    const { token } = await makeClient({ baseUrl: d.url }).login({
      body: { username: accounts.coordinator, password }
    })
    const listed = await makeClient({ baseUrl: d.url, token }).listPatients({
      query: { status: "eligible", limit: 10 }
    })
    eligible = listed.items.map((p) => p.id)
    if (eligible.length < 3)
      throw new Error("the demo cohort has fewer than three eligible patients at this center")
    staff = token
  })
  afterAll(async () => {
    await d?.close()
  })

  const patientPage = async (page: Page, id: string) => {
    await page.goto(`${d.url}/patients/${id}`)
    await settled(page, "patient")
  }

  it("proposes the registry's today as the date, not UTC's: at 00:30 in Warsaw the new day", async () => {
    const page = await d.signedIn(accounts.coordinator)
    // 23:30 UTC on 7 December is 00:30 on 8 December in Warsaw, the registry's time zone
    await page.clock.setFixedTime(new Date("2026-12-07T23:30:00Z"))
    await patientPage(page, eligible[2]!)
    const step = page.locator("[data-step='procedure']")
    await step.getByRole("button", { name: "Enter the procedure" }).click()
    await step.getByRole("button", { name: "Follow a procedure live from the probe" }).click()
    expect(await step.getByLabel("Date", { exact: true }).inputValue()).toBe("8 Dec 2026")
    await page.context().close()
  })

  it("shows once the device token and the simulator's command, then the procedure on the patient page", async () => {
    const patient = eligible[0]!
    const page = await d.signedIn(accounts.coordinator)
    await patientPage(page, patient)
    const step = page.locator("[data-step='procedure']")
    await step.getByRole("button", { name: "Enter the procedure" }).click()
    await step.getByRole("button", { name: "Follow a procedure live from the probe" }).click()
    // a date left empty is a field to fill in, not a day missing from the calendar
    await step.getByLabel("Date", { exact: true }).fill("")
    await step.getByRole("button", { name: "Start the live procedure" }).click()
    await expect.poll(() => page.locator("#live-date-error").textContent()).toBe("Fill in “Date”")
    await step.getByLabel("Date", { exact: true }).fill("2026-12-07")
    await step.getByLabel("Device serial").fill("E2E-PROBE-7")
    await step.getByLabel("Operator").fill("Dr E2E")
    await step.getByRole("button", { name: "Start the live procedure" }).click()

    const token = (await page.locator("#device-token").textContent())?.trim() ?? ""
    const command = (await page.locator("#device-command").textContent())?.trim() ?? ""
    const id = /--join (\S+)/.exec(command)?.[1] ?? ""
    expect(token).toMatch(/^\S{20,}$/)
    expect(id).toMatch(/^prc-/)
    expect(command).toBe(`pnpm sim procedure --join ${id} --token ${token} --api ${d.url}`)
    expect(await statusWith(`${d.url}/api/procedures/${id}`, token)).toBe(200)
    // the form closed: the open procedure is shown, with the token beside it
    await page.getByTestId("live-procedure").waitFor()
    expect(await step.getByRole("button", { name: "Follow a procedure live from the probe" }).count()).toBe(0)
    await expect(page.getByRole("button", { name: "Copy device token" }).count()).resolves.toBe(1)
    await expect(page.getByRole("button", { name: "Copy simulator command" }).count()).resolves.toBe(1)
    expect(await axe(page)).toEqual([])
    await screenshot(page, "live-start-token-1280")

    // the patient's page now shows the open procedure, and leads to its live page and back
    await patientPage(page, patient)
    const banner = page.getByTestId("live-procedure")
    expect(await banner.textContent()).toContain("Live procedure in progress — 0 of 7 lesions")
    expect(await step.getByRole("button", { name: "Enter the procedure" }).count()).toBe(0)
    await banner.getByRole("link", { name: "open the live page" }).click()
    await settled(page, "live-procedure")
    expect(page.url()).toBe(`${d.url}/procedures/${id}/live`)

    // a new token: the old one stops working, the new one is shown the same way
    await page.getByRole("button", { name: "Issue a new device token" }).click()
    await page.locator("#device-token").waitFor()
    const reissued = (await page.locator("#device-token").textContent())?.trim() ?? ""
    expect(reissued).not.toBe(token)
    expect(await page.locator("#device-command").textContent()).toContain(`--join ${id} --token ${reissued}`)
    expect(await statusWith(`${d.url}/api/procedures/${id}`, token)).toBe(401)
    expect(await statusWith(`${d.url}/api/procedures/${id}`, reissued)).toBe(200)

    // aborted on the live page with a reason
    await page.getByRole("button", { name: "Abort the live procedure" }).click()
    await page.getByRole("button", { name: "Abort the procedure" }).click()
    await page.getByText("Fill in “Reason for aborting”").first().waitFor()
    await page.getByLabel("Reason for aborting").fill("probe cable damaged")
    expect(await axe(page)).toEqual([])
    await page.getByRole("button", { name: "Abort the procedure" }).click()
    await page.getByText("probe cable damaged").first().waitFor()
    expect(await page.locator("[data-page='live-procedure'] [role='note']").textContent()).toMatch(
      /^Aborted on \d{1,2} [A-Z][a-z]{2} \d{4}: probe cable damaged$/
    )
    // its token now tells the probe that the procedure has ended (410 ProcedureEnded), not that it is unknown
    expect(await statusWith(`${d.url}/api/procedures/${id}`, reissued)).toBe(410)
    // no longer "Connected: streaming": nothing more will come from the probe
    await expect
      .poll(() => page.getByTestId("connection").textContent())
      .toBe("The procedure has ended: nothing more will arrive from the probe.")
    await screenshot(page, "live-aborted-1280")

    await page.getByRole("link", { name: `Back to patient ${patient}` }).click()
    await settled(page, "patient")
    expect(await page.getByTestId("live-procedure").count()).toBe(0)
    expect(await step.getByRole("button", { name: "Enter the procedure" }).count()).toBe(1)
    expect(await page.locator(".history").textContent()).toContain("probe cable damaged")
    await page.close()
  })

  it("aborts an open live procedure from the patient page, with the reason", async () => {
    const patient = eligible[1]!
    const page = await d.signedIn(accounts.coordinator, 768)
    await patientPage(page, patient)
    const step = page.locator("[data-step='procedure']")
    await step.getByRole("button", { name: "Enter the procedure" }).click()
    await step.getByRole("button", { name: "Follow a procedure live from the probe" }).click()
    await step.getByLabel("Device serial").fill("E2E-PROBE-8")
    await step.getByLabel("Operator").fill("Dr E2E")
    await step.getByRole("button", { name: "Start the live procedure" }).click()
    await page.locator("#device-token").waitFor()
    // the long token and command wrap: no sideways scroll on a tablet
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768)
    await screenshot(page, "live-start-token-768")
    await patientPage(page, patient)
    const banner = page.getByTestId("live-procedure")
    await banner.getByRole("button", { name: "Abort the live procedure" }).click()
    await banner.getByLabel("Reason for aborting").fill("patient felt unwell before the first lesion")
    await banner.getByRole("button", { name: "Abort the procedure" }).click()
    await step.getByRole("button", { name: "Enter the procedure" }).waitFor()
    expect(await page.getByTestId("live-procedure").count()).toBe(0)
    expect(await step.textContent()).toContain("No procedure yet.")
    await expect
      .poll(() => page.locator(".history").textContent())
      .toContain("patient felt unwell before the first lesion")
    await screenshot(page, "live-aborted-patient-768")
    await page.close()
  })

  it("lists on the patient page the deviations the live page lists for a completed procedure (issue 17, item 4)", async () => {
    const patient = eligible[2]!
    const opened = await call(d.server, "POST", `/api/patients/${patient}/procedure/live`, staff, {
      side: "right",
      lesionsPerSide: 7,
      deviceSerial: "E2E-PROBE-9",
      operator: "Dr E2E",
      date: "2026-12-01"
    })
    expect(opened.status).toBe(201)
    const id: string = opened.body.procedure.id
    await send(d.server, opened.body.deviceToken, id, textbookPosts(sevenLevels, { freezeSeconds: 60 }))
    const page = await d.signedIn(accounts.coordinator)
    await page.goto(`${d.url}/procedures/${id}/live`)
    await settled(page, "live-procedure")
    const onLivePage = await page.locator("section[aria-labelledby='deviations-title'] li").allTextContents()
    expect(onLivePage.length).toBeGreaterThanOrEqual(7)
    await patientPage(page, patient)
    const step = page.locator("[data-step='procedure']")
    expect(await step.textContent()).not.toContain("No deviation from the protocol.")
    expect(await step.locator("li.warn").allTextContents()).toEqual(onLivePage)
    await screenshot(page, "live-completed-deviations-patient-1280")
    await page.close()
  })
})
