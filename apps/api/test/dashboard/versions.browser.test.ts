import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, axe, type Dashboard, screenshot, settled, startDashboard } from "./harness.js"

interface Detail {
  readonly blocks: ReadonlyArray<{ block: { volumeMl: number; minutesAfter: number } }>
}

describe("two colleagues correcting the same record in the dashboard", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  it("shows the second one the first one's change, with the form refreshed, instead of overwriting it", async () => {
    const patient = "WAW-0003"
    const [first, second] = await Promise.all([
      d.signedIn(accounts.clinician),
      d.signedIn(accounts.coordinator)
    ])
    const openCorrection = async (page: typeof first) => {
      await page.goto(`${d.url}/patients/${patient}`)
      await settled(page, "patient")
      await page
        .locator('[data-step="blocks"]')
        .getByRole("button", { name: /^Correct the block of / })
        .first()
        .click()
      return page.getByRole("form", { name: "Correct the diagnostic block" })
    }
    const stored = async () =>
      ((await (await second.request.get(`${d.url}/api/patients/${patient}`)).json()) as Detail).blocks[0]!
        .block
    // Both open the same block's correction form.
    const mine = await openCorrection(first)
    const theirs = await openCorrection(second)
    const volume = await mine.getByLabel("Volume (ml)").inputValue()
    const changed = volume === "2" ? "1.5" : "2"
    expect(await theirs.getByLabel("Volume (ml)").inputValue()).toBe(volume)

    // The first saves a new volume.
    await mine.getByLabel("Volume (ml)").fill(changed)
    await mine.getByLabel("Reason for the correction").fill("volume read again from the sheet")
    await mine.getByRole("button", { name: "Save the correction" }).click()
    await mine.waitFor({ state: "detached" })

    // The second, still on the form loaded before, changes the minutes and saves: refused, shown the change.
    const minutes = theirs.getByLabel("Minutes after the injection")
    const minutesBefore = await minutes.inputValue()
    const minutesChanged = minutesBefore === "40" ? "45" : "40"
    await minutes.fill(minutesChanged)
    await theirs.getByLabel("Reason for the correction").fill("minutes typo")
    await theirs.getByRole("button", { name: "Save the correction" }).click()
    await expect
      .poll(() => theirs.textContent(), { timeout: 10_000 })
      .toContain(
        `A colleague changed this record since you opened the form: Volume (ml): ${volume} → ${changed}. Review and save again.`
      )
    // The form now shows the current values (the colleague's volume), the reason kept; nothing was stored.
    expect(await theirs.getByLabel("Volume (ml)").inputValue()).toBe(changed)
    expect(await minutes.inputValue()).toBe(minutesBefore)
    expect(await theirs.getByLabel("Reason for the correction").inputValue()).toBe("minutes typo")
    expect(await axe(second)).toEqual([])
    await screenshot(second, "stale-correction-shows-the-colleagues-change")
    expect(String((await stored()).minutesAfter)).toBe(minutesBefore)

    // Saving again, against the version now shown, is accepted and keeps the colleague's change.
    await minutes.fill(minutesChanged)
    await theirs.getByRole("button", { name: "Save the correction" }).click()
    await theirs.waitFor({ state: "detached" })
    expect(await stored()).toMatchObject({ volumeMl: Number(changed), minutesAfter: Number(minutesChanged) })
    await first.close()
    await second.close()
  })
})
