import type { Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, axe, type Dashboard, screenshot, settled, startDashboard } from "./harness.js"
import { codeWords, daysAgo, errorBeside, patientPage, pnpmSim, recordOf } from "./journey-support.js"

/** The study's calendar for the new patient, counted back from today so that the 6-month visit is due. */
const calendar = {
  screening: daysAgo(240),
  block: daysAgo(230),
  baseline: daysAgo(222),
  procedure: daysAgo(220),
  beforeProcedure: daysAgo(225),
  month3: daysAgo(130),
  month6: daysAgo(40),
  future: daysAgo(-20)
}

let d: Dashboard
/** Eligible patients awaiting the procedure (demo cohort), by the account that sees them, one per journey. */
const waiting: Partial<Record<string, Array<string>>> = {}
const eligibleOf = async (username: string) => {
  const page = await d.signedIn(username)
  const response = await page.request.get(`${d.url}/api/patients?status=eligible&limit=50`)
  const { items } = (await response.json()) as { items: Array<{ id: string }> }
  await page.close()
  return items.map((p) => p.id)
}
beforeAll(async () => {
  d = await startDashboard()
  // Warsaw's three are for journey 2 (a coordinator), Piła's for journey 3 (a clinician of the other center)
  for (const username of [accounts.coordinator, accounts.clinicianPila]) {
    waiting[username] = await eligibleOf(username)
    expect(waiting[username]!.length).toBeGreaterThanOrEqual(2)
  }
}, 120_000)
afterAll(async () => {
  await d?.close()
})

const save = (form: Locator, name: string) => form.getByRole("button", { name, exact: true }).click()

/** A date as the English dashboard shows it ("7 Dec 2026"). */
const shown = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC"
  }).format(new Date(`${iso}T12:00:00Z`))

/** Submits a form empty: every required field says so beside it in a sentence naming it, and nothing is saved. */
const submitEmpty = async (page: Page, form: Locator, button: string, fields: ReadonlyArray<string>) => {
  await save(form, button)
  for (const label of fields) {
    const error = await errorBeside(page, form.getByLabel(label, { exact: true }))
    expect(error, label).toMatch(/^(Fill in|Choose|Answer) /)
    expect(error.toLowerCase(), label).toContain(label.toLowerCase())
  }
  expect(await form.textContent()).not.toMatch(codeWords)
}

/** Expects no accessibility violation with the page as it is (a form open). */
const accessible = async (page: Page) => expect(await axe(page)).toEqual([])

const answerOdi = async (form: Locator, score: number) => {
  const sections = form.getByRole("group", { name: /^\d+\. / })
  for (let s = 0; s < 10; s++) await sections.nth(s).getByLabel(String(score), { exact: true }).check()
}

/** Records a visit through the form, after the form is filled by the caller. */
const visitForm = async (page: Page, timepoint: string, date: string, nrs: number) => {
  await page.getByRole("button", { name: "Record a visit" }).click()
  const form = page.getByRole("form", { name: "Record a visit" })
  await form.getByLabel("Time point").selectOption({ label: timepoint })
  await form.getByLabel("Visit date").fill(date)
  await form.getByLabel("NRS (0–10)").fill(String(nrs))
  await form.getByLabel("VAS (mm, 0–100)").fill(String(nrs * 10))
  await answerOdi(form, Math.min(5, Math.round(nrs / 2)))
  return form
}

/** Opens "Enter a procedure already done" and fills what the procedure as a whole needs. */
const procedureForm = async (page: Page, date: string) => {
  await page.getByRole("button", { name: "Enter the procedure" }).click()
  await page.getByRole("button", { name: "Enter a procedure already done" }).click()
  const form = page.getByRole("form", { name: "Enter a procedure already done" })
  await form.getByLabel("Procedure date").fill(date)
  await form.getByLabel("Operator").fill("Dr A. Nowak")
  await form.getByLabel("Device serial").fill("CF-A13-0042")
  await form.getByLabel("Duration (minutes)").fill("40")
  for (let n = 0; n < 6; n++) await form.getByRole("button", { name: "Add a lesion" }).click()
  expect(await form.getByRole("group", { name: /^Lesion \d$/ }).count()).toBe(7)
  return form
}

/** Opens a correction form with its button, changes a field, gives the reason and saves. */
const correct = async (
  page: Page,
  open: Locator,
  formName: string,
  change: (f: Locator) => Promise<void>
) => {
  await open.click()
  const form = page.getByRole("form", { name: formName })
  await change(form)
  await save(form, "Save the correction")
  // a correction without its reason is refused beside the reason
  expect(await errorBeside(page, form.getByLabel("Reason for the correction"))).not.toBe("")
  await form.getByLabel("Reason for the correction").fill(`${formName}: source document checked`)
  await accessible(page)
  await save(form, "Save the correction")
  await form.waitFor({ state: "detached", timeout: 20_000 })
}

const history = (page: Page) => page.locator("ol.history")
/** A date as the English dashboard writes it: 7 Dec 2026. */
const englishDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric"
  })

describe.each([1280, 768])("the clinic's journeys through the dashboard at %i px", (width) => {
  const shot = (page: Page, step: string) => screenshot(page, `journey-${width}-${step}`)

  it("1. registers a patient with the offered id and takes them from screening to the 6-month visit", async () => {
    const page = await d.signedIn(accounts.coordinator, width)
    await page.goto(`${d.url}/patients`)
    await settled(page, "patients")
    await page.getByRole("button", { name: "Register a patient" }).click()
    const register = page.getByRole("form", { name: "Register a patient" })
    const hint = page.getByText(/^The next free id of the center is /)
    await hint.waitFor()
    const id = /is (WAW-\d{4})/.exec((await hint.textContent()) ?? "")![1]!
    expect(await register.getByLabel("Patient id").inputValue()).toBe(id)
    await submitEmpty(page, register, "Register patient", ["Sex", "Birth year", "Treated side"])
    await accessible(page)
    await shot(page, "01-register-empty")
    expect((await page.request.get(`${d.url}/api/patients/${id}`)).status()).toBe(404)
    await register.getByLabel("Sex").selectOption("female")
    await register.getByLabel("Birth year").fill("1968")
    await register.getByLabel("Treated side").selectOption("right")
    await save(register, "Register patient")
    await page.waitForURL(`${d.url}/patients/${id}`)
    await settled(page, "patient")
    expect(await page.locator("h1").textContent()).toContain("Registered, not screened yet")
    await shot(page, "02-registered")

    // screening: empty, then in the future, then as it was
    await page.getByRole("button", { name: "Record the screening" }).click()
    const screening = page.getByRole("form", { name: "Record the screening" })
    await submitEmpty(page, screening, "Save the screening", [
      "Screening date",
      "Pain duration (months)",
      "NRS at screening (0–10)",
      "Failed conservative care (months)"
    ])
    await screening.getByLabel("Screening date").fill(calendar.future)
    await screening.getByLabel("Pain duration (months)").fill("24")
    await screening.getByLabel("NRS at screening (0–10)").fill("7")
    await screening.getByLabel("Failed conservative care (months)").fill("6")
    await screening.getByLabel("MRI of the lumbar spine and SIJs done").check()
    await screening.getByRole("button", { name: "None of the exclusion criteria applies" }).click()
    await accessible(page)
    await save(screening, "Save the screening")
    expect(await errorBeside(page, screening.getByLabel("Screening date"))).toMatch(
      /^Screening date: the date cannot be after today \(\d{1,2} [A-Z][a-z]{2} \d{4}\)$/
    )
    await shot(page, "03-screening-in-the-future")
    expect((await recordOf(page, d.url, id)).screening).toBeNull()
    await screening.getByLabel("Screening date").fill(calendar.screening)
    await save(screening, "Save the screening")
    await screening.waitFor({ state: "detached", timeout: 20_000 })
    await page.getByText("Screened, eligibility not decided").waitFor()

    // diagnostic block: empty, then before the screening, then as it was
    await page.getByRole("button", { name: "Record a block" }).click()
    const block = page.getByRole("form", { name: "Record a diagnostic block" })
    await submitEmpty(page, block, "Save the block", [
      "Block date",
      "Volume (ml)",
      "NRS before the block",
      "NRS after the block",
      "Minutes after the injection"
    ])
    await block.getByLabel("Block date").fill(daysAgo(250))
    await block.getByLabel("Local anesthetic").selectOption("lidocaine")
    await block.getByLabel("Concentration (%)").fill("2")
    await block.getByLabel("Volume (ml)").fill("2")
    await block.getByLabel("Intra-articular spread confirmed with contrast").check()
    await block.getByLabel("NRS before the block").fill("7")
    await block.getByLabel("NRS after the block").fill("2")
    await block.getByLabel("Minutes after the injection").fill("30")
    await accessible(page)
    await save(block, "Save the block")
    expect(await errorBeside(page, block.getByLabel("Block date"))).toBe(
      `Block date: cannot be before the screening (${shown(calendar.screening)})`
    )
    expect((await recordOf(page, d.url, id)).blocks).toEqual([])
    await block.getByLabel("Block date").fill(calendar.block)
    await save(block, "Save the block")
    await block.waitFor({ state: "detached", timeout: 20_000 })
    await page.getByText("Eligible, awaiting the procedure").waitFor()
    await shot(page, "04-eligible")

    // baseline visit, before the procedure
    const baseline = await visitForm(page, "Baseline", calendar.baseline, 7)
    await baseline.getByLabel(/^Drugs/).pressSequentially("ibuprofen, tramadol")
    await accessible(page)
    await save(baseline, "Save the visit")
    await baseline.waitFor({ state: "detached", timeout: 20_000 })

    // the procedure done earlier: empty, then on the wrong side, then in the future, then as it was
    await page.getByRole("button", { name: "Enter the procedure" }).click()
    await page.getByRole("button", { name: "Enter a procedure already done" }).click()
    const empty = page.getByRole("form", { name: "Enter a procedure already done" })
    await save(empty, "Save the procedure")
    expect(await errorBeside(page, empty.getByLabel("Procedure date"))).toBe("Fill in “Procedure date”")
    expect(await errorBeside(page, empty.getByLabel("Operator"))).toBe("Fill in “Operator”")
    expect(await empty.textContent()).not.toMatch(codeWords)
    await empty.getByRole("button", { name: "Cancel" }).click()
    const procedure = await procedureForm(page, calendar.procedure)
    await procedure.getByLabel("Side", { exact: true }).first().selectOption({ label: "Left" })
    await accessible(page)
    await shot(page, "05-procedure-form-7-lesions")
    await save(procedure, "Save the procedure")
    expect(await errorBeside(page, procedure.getByLabel("Side", { exact: true }).first())).toBe(
      "Side: the patient's treated side is right; choose it"
    )
    await shot(page, "06-procedure-wrong-side")
    await procedure.getByLabel("Side", { exact: true }).first().selectOption({ label: "Right" })
    await procedure.getByLabel("Procedure date").fill(calendar.future)
    await save(procedure, "Save the procedure")
    expect(await errorBeside(page, procedure.getByLabel("Procedure date"))).toMatch(
      /^Procedure date: the date cannot be after today \(\d{1,2} [A-Z][a-z]{2} \d{4}\)$/
    )
    expect((await recordOf(page, d.url, id)).procedure).toBeNull()
    await procedure.getByLabel("Procedure date").fill(calendar.procedure)
    await save(procedure, "Save the procedure")
    await procedure.waitFor({ state: "detached", timeout: 20_000 })
    const step = page.locator("[data-step='procedure']")
    await step.getByText("Right side: 7 lesions at L5, S1, S2, S3").waitFor()
    expect(await step.textContent()).toContain("Entered after the procedure")
    await shot(page, "07-procedure-saved")

    // the 3-month visit: dated before the procedure, refused; then in its window
    const month3 = await visitForm(page, "3 months", calendar.beforeProcedure, 4)
    await save(month3, "Save the visit")
    expect(await errorBeside(page, month3.getByLabel("Visit date"))).toBe(
      `Visit date: cannot be before the procedure (${shown(calendar.procedure)})`
    )
    expect(await month3.textContent()).not.toMatch(codeWords)
    await shot(page, "08-visit-before-procedure")
    expect((await recordOf(page, d.url, id)).visits).toHaveLength(1)
    await month3.getByLabel("Visit date").fill(calendar.month3)
    await save(month3, "Save the visit")
    await month3.waitFor({ state: "detached", timeout: 20_000 })
    await page.getByText("3-month follow-up").first().waitFor()

    // the 6-month visit: empty first, then in its window
    await page.getByRole("button", { name: "Record a visit" }).click()
    const blank = page.getByRole("form", { name: "Record a visit" })
    await submitEmpty(page, blank, "Save the visit", [
      "Time point",
      "Visit date",
      "NRS (0–10)",
      "VAS (mm, 0–100)"
    ])
    await shot(page, "09-visit-empty")
    await blank.getByRole("button", { name: "Cancel" }).click()
    const month6 = await visitForm(page, "6 months", calendar.month6, 3)
    await save(month6, "Save the visit")
    await month6.waitFor({ state: "detached", timeout: 20_000 })
    await expect.poll(() => page.locator("h1").textContent()).toContain("6-month follow-up")
    const visits = page.getByRole("table", { name: "Visits" })
    expect(await visits.textContent()).not.toMatch(codeWords)
    expect(await visits.locator("tbody tr").count()).toBe(3)

    // an adverse event: empty, then before the procedure, then reported
    await page.getByRole("button", { name: "Report an adverse event" }).click()
    const event = page.getByRole("form", { name: "Report an adverse event" })
    await submitEmpty(page, event, "Report the event", [
      "Type",
      "Severity",
      "Onset (days after the procedure)"
    ])
    expect(await event.getByRole("group", { name: "Related to the procedure" }).textContent()).toContain(
      "Choose related to the procedure: yes or no"
    )
    await event.getByLabel("Type").selectOption("local hematoma")
    await event.getByLabel("Severity").selectOption("mild")
    await event.getByLabel("Onset (days after the procedure)").fill("3")
    await event.getByLabel("Resolved (days after the procedure)").fill("1")
    await event.getByRole("group", { name: "Related to the procedure" }).getByLabel("Yes").check()
    await accessible(page)
    await save(event, "Report the event")
    expect(await errorBeside(page, event.getByLabel("Resolved (days after the procedure)"))).toBe(
      "Resolved (days after the procedure): cannot come before the onset (day 3 after the procedure)"
    )
    expect((await recordOf(page, d.url, id)).adverseEvents).toEqual([])
    await event.getByLabel("Resolved (days after the procedure)").fill("12")
    await save(event, "Report the event")
    await event.waitFor({ state: "detached", timeout: 20_000 })
    await shot(page, "10-six-months-and-event")

    // one correction of each record kind, each with its reason
    await correct(
      page,
      page.getByRole("button", { name: "Correct the patient's data" }),
      "Correct the patient's data",
      (f) => f.getByLabel("Birth year").fill("1967")
    )
    await correct(
      page,
      page.getByRole("button", { name: "Correct the screening" }),
      "Correct the screening",
      (f) => f.getByLabel("Pain duration (months)").fill("30")
    )
    await correct(
      page,
      page.getByRole("button", { name: `Correct the block of ${englishDate(calendar.block)}` }),
      "Correct the diagnostic block",
      (f) => f.getByLabel("Volume (ml)").fill("2.5")
    )
    await correct(
      page,
      page.getByRole("button", { name: "Correct the procedure" }),
      "Correct the procedure",
      (f) => f.getByLabel("Duration (minutes)").fill("45")
    )
    await correct(
      page,
      page.getByRole("button", { name: /^Correct the 6.month.* visit$/ }),
      "Correct the visit",
      (f) => f.getByLabel("NRS (0–10)").fill("2")
    )
    await correct(
      page,
      page.getByRole("button", { name: "Correct the local hematoma of day 3", exact: true }),
      "Correct the adverse event",
      async (f) => {
        await f.getByLabel("Severity").selectOption("moderate")
      }
    )
    await expect
      .poll(() => history(page).textContent(), { timeout: 20_000 })
      .toContain("Correct the adverse event:")
    const lines = (await history(page).textContent()) ?? ""
    for (const form of [
      "Correct the patient's data",
      "Correct the screening",
      "Correct the diagnostic block",
      "Correct the procedure",
      "Correct the visit"
    ])
      expect(lines).toContain(`${form}: source document checked`)
    // what each correction changed, in the words of the forms
    for (const change of [
      "Birth year: 1968 → 1967",
      "Pain duration (months): 24 → 30",
      "Volume (ml): 2 → 2.5",
      "Duration (minutes): 40 → 45",
      "NRS: 3 → 2",
      "Severity: mild → moderate"
    ])
      expect(lines).toContain(change)
    // no field name of the code (birthYear, daysAfterProcedure) and no quoted values
    expect((await history(page).locator(".history-what").allTextContents()).join("\n")).not.toMatch(
      /\b[a-z]+[A-Z]\w*|"/
    )
    expect(await page.locator("h1").textContent()).toContain("6-month follow-up")
    await step.getByText("Right side: 7 lesions at L5, S1, S2, S3").waitFor()
    expect(await step.textContent()).toContain("45 min")
    const stored = await recordOf(page, d.url, id)
    expect(stored.patient.birthYear).toBe(1967)
    expect(stored.screening?.screening.painDurationMonths).toBe(30)
    expect(stored.procedure?.procedure.lesions).toHaveLength(7)
    expect(stored.visits).toHaveLength(3)
    expect(await page.locator("main").textContent()).not.toMatch(codeWords)
    await shot(page, "11-corrected")
    await page.close()
  }, 240_000)

  /** Starts a live procedure on the patient page and reads the device token and the command shown. */
  const startLive = async (page: Page, patient: string) => {
    await patientPage(page, d.url, patient)
    const step = page.locator("[data-step='procedure']")
    await step.getByRole("button", { name: "Enter the procedure" }).click()
    await step.getByRole("button", { name: "Follow a procedure live from the probe" }).click()
    const form = page.getByRole("form", { name: "Start a live procedure" })
    await form.getByLabel("Device serial").fill("CF-A13-0042")
    await form.getByLabel("Operator").fill("Dr A. Nowak")
    await accessible(page)
    await save(form, "Start the live procedure")
    const token = (await page.locator("#device-token").textContent())?.trim() ?? ""
    const command = (await page.locator("#device-command").textContent())?.trim() ?? ""
    expect(command).toMatch(/^pnpm sim procedure --join prc-\S+ --token \S+ --api http:\/\/127\.0\.0\.1:\d+$/)
    const id = /--join (\S+)/.exec(command)![1]!
    expect(command).toContain(`--token ${token}`)
    await accessible(page)
    return { id, token, command, step }
  }

  it("2. a live procedure: the simulator joins it, is interrupted, resumes with the command it printed and completes", async () => {
    const patient = waiting[accounts.coordinator]!.shift()!
    const page = await d.signedIn(accounts.coordinator, width)
    const { id, command, token, step } = await startLive(page, patient)
    await shot(page, "20-live-started")
    // the shown command, as typed in a terminal at the repository root, a little faster than a real probe
    const args = [...command.split(" ").slice(2), "--speed", "300", "--rate", "2"]
    const interrupted = await pnpmSim(args, "lesion 3/")
    expect(interrupted.code).toBe(130)
    const resume = /resume with: pnpm sim (.+)$/.exec(interrupted.stderr.trim())?.[1]
    expect(resume).toBeDefined()
    expect(interrupted.stdout + interrupted.stderr).not.toContain(token)

    await patientPage(page, d.url, patient)
    const banner = page.getByTestId("live-procedure")
    expect(await banner.textContent()).toMatch(/Live procedure in progress — [2-6] of 7 lesions/)
    // the procedure is named by its side and start, never by its id
    expect(await banner.textContent()).toMatch(/Side: left, .*; started \d{1,2} \w{3} \d{4}, \d{1,2}:\d{2}\./)
    expect(await banner.textContent()).not.toContain(id)
    await shot(page, "21-live-interrupted")

    const resumed = await pnpmSim(resume!.replace("<device token>", token).split(" "))
    expect(resumed.stderr).toBe("")
    expect(resumed.code).toBe(0)

    await patientPage(page, d.url, patient)
    expect(await page.getByTestId("live-procedure").count()).toBe(0)
    await step.getByText(/side: 7 lesions at L5, S1, S2, S3/).waitFor()
    expect(await step.textContent()).toContain("Live from the probe, completed")
    const onPatientPage = await step.locator("li.warn").allTextContents()
    expect(await page.locator("h1").textContent()).toContain("Treated")
    await shot(page, "22-live-completed-patient")
    await page.goto(`${d.url}/procedures/${id}/live`)
    await settled(page, "live-procedure")
    // the lesions done on the patient's side, not "lesions left" (to do)
    const side = (await recordOf(page, d.url, patient)).patient.treatedSide
    expect(await page.getByText(`lesions on the ${side}`).locator("..").textContent()).toContain("7 / 7")
    expect(await page.locator("section[aria-labelledby='deviations-title'] li").allTextContents()).toEqual(
      onPatientPage
    )
    await shot(page, "23-live-completed-live-page")
    await page.getByRole("link", { name: `Back to patient ${patient}` }).click()
    await settled(page, "patient")
    await page.close()
  }, 240_000)

  it("3. a live procedure aborted with a reason, then the procedure entered afterwards for the same patient", async () => {
    const patient = waiting[accounts.clinicianPila]!.shift()!
    const page = await d.signedIn(accounts.clinicianPila, width)
    const { id, step } = await startLive(page, patient)
    const reason = `probe cable damaged (${width} px)`
    if (width === 1280) {
      await page.getByRole("link", { name: "Open the live page" }).click()
      await settled(page, "live-procedure")
    } else await patientPage(page, d.url, patient)
    const where =
      width === 1280 ? page.locator("[data-page='live-procedure']") : page.getByTestId("live-procedure")
    await where.getByRole("button", { name: "Abort the live procedure" }).click()
    const abort = page.getByRole("form", { name: "Abort the live procedure" })
    await save(abort, "Abort the procedure")
    expect(await errorBeside(page, abort.getByLabel("Reason for aborting"))).not.toBe("")
    await abort.getByLabel("Reason for aborting").fill(reason)
    await accessible(page)
    await shot(page, "30-abort-reason")
    await save(abort, "Abort the procedure")
    if (width === 1280) {
      await page.getByText(reason).first().waitFor()
      await page.getByRole("link", { name: `Back to patient ${patient}` }).click()
      await settled(page, "patient")
    } else await step.getByRole("button", { name: "Enter the procedure" }).waitFor()
    expect(await page.getByTestId("live-procedure").count()).toBe(0)
    await expect.poll(() => history(page).textContent(), { timeout: 20_000 }).toContain(reason)
    expect((await recordOf(page, d.url, patient)).liveProcedure).toBeNull()

    const procedure = await procedureForm(page, daysAgo(0))
    await save(procedure, "Save the procedure")
    await procedure.waitFor({ state: "detached", timeout: 20_000 })
    await step.getByText(/side: 7 lesions at L5, S1, S2, S3/).waitFor()
    expect(await step.textContent()).toContain("Entered after the procedure")
    const stored = await recordOf(page, d.url, patient)
    expect(stored.procedure?.procedure.lesions).toHaveLength(7)
    expect(stored.procedure).not.toMatchObject({ procedure: { id } })
    await shot(page, "31-entered-after-abort")
    await page.close()
  }, 240_000)
})
