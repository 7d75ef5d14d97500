import { makeClient } from "@cryoreg/contract"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, axe, type Dashboard, screenshot, settled, startDashboard } from "./harness.js"

const exclusions = [
  "Acute or progressive radiculopathy",
  "Nerve root compression requiring surgery (imaging)",
  "Inflammatory sacroiliitis",
  "Prior SIJ fusion",
  "Coagulation disorder precluding intervention",
  "Active infection",
  "Pregnancy",
  "Severe systemic disease interfering with treatment or follow-up"
]

describe("registering, screening and finding a patient in the dashboard", () => {
  let d: Dashboard
  let coordinatorApi: ReturnType<typeof makeClient>
  beforeAll(async () => {
    d = await startDashboard()
    const password = d.server.bootstrapped.generatedPassword ?? (process.env.CRYOREG_ADMIN_PASSWORD as string)
    const { token } = await makeClient({ baseUrl: d.url }).login({
      body: { username: accounts.coordinator, password }
    })
    coordinatorApi = makeClient({ baseUrl: d.url, token })
  })
  afterAll(async () => {
    await d?.close()
  })

  it("registers with the offered id, screens with 'none applies' then one change, and finds the patient among the not eligible by typing", async () => {
    const page = await d.signedIn(accounts.coordinator)
    const errors: Array<string> = []
    page.on("pageerror", (e) => errors.push(e.message))
    const offered = (await coordinatorApi.nextPatientId({ query: {} })).id
    expect(offered).toMatch(/^WAW-\d{4}$/)

    // (a) the register form offers the next free id of the coordinator's center
    await page.goto(`${d.url}/patients`)
    await settled(page, "patients")
    await page.getByRole("button", { name: "Register a patient" }).click()
    const id = page.getByLabel("Patient id", { exact: true })
    await expect.poll(() => id.inputValue()).toBe(offered)
    await page.getByText(`The next free id of the center is ${offered}; you may change it.`).waitFor()
    await page.getByLabel("Sex").selectOption("female")
    await page.getByLabel("Birth year").fill("1970")
    await page.getByLabel("Treated side").selectOption("left")
    await screenshot(page, "lists-1-register")
    expect(await axe(page)).toEqual([])
    await page.getByRole("button", { name: "Register patient" }).click()
    await page.waitForURL(`**/patients/${offered}`)
    await settled(page, "patient")
    await page.getByRole("heading", { name: `Patient ${offered} Registered, not screened yet` }).waitFor()

    // (c) screening: one control answers "no" to every exclusion criterion; each stays changeable
    await page.getByRole("button", { name: "Record the screening" }).click()
    await page.getByLabel("Screening date").fill("2026-11-02")
    await page.getByLabel("Pain duration (months)").fill("14")
    await page.getByLabel("NRS at screening (0–10)").fill("7")
    await page.getByLabel("Failed conservative care (months)").fill("6")
    await page.getByLabel("MRI of the lumbar spine and SIJs done").check()
    await page.getByRole("button", { name: "None of the exclusion criteria applies" }).click()
    for (const label of exclusions) expect(await page.getByLabel(label).inputValue()).toBe("no")
    await page.getByLabel("Pregnancy").selectOption("yes")
    await screenshot(page, "lists-2-screening")
    expect(await axe(page)).toEqual([])
    await page.getByRole("button", { name: "Save the screening" }).click()
    await page.getByRole("heading", { name: `Patient ${offered} Not eligible` }).waitFor()
    const screening = (await coordinatorApi.getPatient({ params: { id: offered } })).screening!.screening
    expect(screening.exclusions).toEqual({
      acuteOrProgressiveRadiculopathy: "no",
      nerveRootCompressionRequiringSurgery: "no",
      inflammatorySacroiliitis: "no",
      priorSijFusion: "no",
      coagulationDisorder: "no",
      activeInfection: "no",
      pregnancy: "yes",
      severeSystemicDisease: "no"
    })

    // (b) the list: "Not eligible" with the total, then search as you type, and Back keeps the filter
    await page.goto(`${d.url}/patients`)
    await settled(page, "patients")
    const total = page.getByTestId("patients-total")
    const all = (await coordinatorApi.listPatients({ query: {} })).total
    await expect.poll(() => total.textContent()).toBe(`${all} patients`)
    await page.getByLabel("Status").selectOption({ label: "Not eligible" })
    await page.waitForURL(/status=ineligible/)
    const ineligible = (await coordinatorApi.listPatients({ query: { verdict: "ineligible" } })).total
    expect(ineligible).toBeGreaterThan(1)
    await expect.poll(() => total.textContent()).toBe(`${ineligible} patients`)
    const statuses = await page.locator("tbody tr td:last-child").allTextContents()
    expect(statuses.length).toBe(ineligible)
    expect(new Set(statuses)).toEqual(new Set(["Not eligible"]))
    await screenshot(page, "lists-3-not-eligible")

    // typed, not submitted: the list follows once typing pauses
    await page.getByLabel("Search by patient id").pressSequentially(offered.slice(-4), { delay: 40 })
    await page.waitForURL(new RegExp(`q=${offered.slice(-4)}`))
    await expect.poll(() => total.textContent()).toBe("1 patient")
    expect(await page.locator("tbody tr td:first-child a").allTextContents()).toEqual([offered])
    await expect
      .poll(() => page.getByRole("navigation", { name: "Pages of patients" }).textContent())
      .toContain("Page 1 of 1")
    await screenshot(page, "lists-4-searched")
    expect(await axe(page)).toEqual([])
    await page.getByRole("link", { name: offered }).click()
    await settled(page, "patient")
    await page.goBack()
    await settled(page, "patients")
    await expect.poll(() => total.textContent()).toBe("1 patient")
    expect(await page.getByLabel("Search by patient id").inputValue()).toBe(offered.slice(-4))
    expect(await page.getByLabel("Status").inputValue()).toBe("ineligible")

    // the next offer has moved on
    expect((await coordinatorApi.nextPatientId({ query: {} })).id).not.toBe(offered)
    await page.close()
    expect(errors).toEqual([])
  }, 120_000)

  it("asks an admin for the center first, then offers that center's next id", async () => {
    const page = await d.signedIn(accounts.admin, 390)
    await page.goto(`${d.url}/patients`)
    await settled(page, "patients")
    await page.getByRole("button", { name: "Register a patient" }).click()
    const form = page.getByRole("form", { name: "Register a patient" })
    const id = form.getByLabel("Patient id", { exact: true })
    expect(await id.inputValue()).toBe("")
    await form.getByLabel("Center").selectOption("pila")
    await expect.poll(() => id.inputValue()).toMatch(/^PILA-\d{4}$/)
    const pila = await id.inputValue()
    await form.getByLabel("Center").selectOption("waw")
    await expect.poll(() => id.inputValue()).toMatch(/^WAW-\d{4}$/)
    await screenshot(page, "lists-5-admin-register-390")
    expect(pila).not.toBe(await id.inputValue())
    await page.close()
  })
})
