import { parse } from "csv-parse/sync"
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

// A newcomer's walk through the administrator's screens in Polish: the audit trail's file, its address,
// a taken user name or center code, a center code with Polish letters, the roles' order.

const error = (page: Page, id: string) => page.locator(`#${id}-error`).textContent()

describe("the administrator's screens as a newcomer reads them in Polish", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  it("lists a live procedure's probe by its serial number, with a link to its procedure, never its account's id", async () => {
    const coordinator = await apiAs(d, accounts.coordinator)
    const eligible = await coordinator.listPatients({ query: { status: "eligible", limit: 1 } })
    const patient = eligible.items[0]!
    const opened = await coordinator.createLiveProcedure({
      params: { id: patient.id },
      body: {
        side: patient.treatedSide,
        lesionsPerSide: 6,
        deviceSerial: "SONDA-PL-1",
        operator: "dr Nowak",
        date: "2026-12-01"
      }
    })
    const admin = await signedInAs(d, accounts.admin)
    await admin.goto(`${d.url}/admin/users`)
    await settled(admin, "admin-users")
    const devices = admin.getByRole("region", { name: "Urządzenia w użyciu" })
    const row = devices.locator("tbody tr").filter({ hasText: "SONDA-PL-1" })
    expect(await row.locator("td").allTextContents()).toEqual([
      "SONDA-PL-1",
      expect.any(String),
      "otwórz zabieg na żywo",
      expect.any(String)
    ])
    expect(await devices.textContent()).not.toMatch(/prc-|device\.|Device/)
    await screenshot(admin, "admin-users-probe-pl")
    await row.getByRole("link", { name: "otwórz zabieg na żywo" }).click()
    await settled(admin, "live-procedure")
    expect(admin.url()).toBe(`${d.url}/procedures/${opened.procedure.id}/live`)
    await admin.context().close()
  }, 120_000)

  it("says a user name or a center code is taken, and what a center code may hold, beside the field", async () => {
    const admin = await signedInAs(d, accounts.admin)
    await admin.goto(`${d.url}/admin/users`)
    await settled(admin, "admin-users")
    await admin.getByRole("button", { name: "Nowe konto" }).click()
    await admin.getByLabel("Nazwa użytkownika").fill(accounts.clinician)
    await admin.getByLabel("Imię i nazwisko").fill("Jan Kowalski")
    await admin.getByLabel("Rola").selectOption("statistician")
    await admin.getByLabel("Hasło początkowe").fill("quiet-harbour-lantern-88")
    await admin.getByRole("button", { name: "Utwórz konto" }).click()
    const form = admin.getByRole("form", { name: "Nowe konto" })
    await expect
      .poll(() => form.getByRole("alert").last().textContent())
      .toBe("Ta nazwa użytkownika jest już zajęta: wybierz inną.")
    await expect(error(admin, "nu-username")).resolves.toBe(
      `Nazwa użytkownika „${accounts.clinician}” jest już zajęta: wybierz inną`
    )
    expect(await admin.getByText("Ten wpis już istnieje").count()).toBe(0)
    await screenshot(form, "admin-user-taken-pl")

    await admin.goto(`${d.url}/admin/centers`)
    await settled(admin, "admin-centers")
    const add = admin.getByRole("form", { name: "Dodaj ośrodek" })
    // the rule is beside the field before anything is sent: 1–64 characters, which ones, how it starts
    const hint = (await add.locator("#nc-id-hint").textContent()) ?? ""
    expect(hint).toMatch(/1–64 znaków spośród: litery a–z bez polskich znaków/)
    await add.getByLabel("Kod").fill("łódź")
    await add.getByLabel("Nazwa").fill("Klinika Bólu Łódź")
    await add.getByLabel("Miejscowość").fill("Łódź")
    await add.getByRole("button", { name: "Dodaj ośrodek" }).click()
    const refused = (await error(admin, "nc-id")) ?? ""
    expect(refused).toMatch(/^Kod: /)
    expect(refused).toMatch(/1–64 znaków spośród: litery a–z bez polskich znaków/)
    await screenshot(add, "admin-center-code-polish-letters-pl")
    // a code that is taken, typed in capitals
    await add.getByLabel("Kod").fill("WAW")
    await add.getByRole("button", { name: "Dodaj ośrodek" }).click()
    await expect
      .poll(() => add.getByRole("alert").last().textContent())
      .toBe("Ten kod ośrodka jest już zajęty: wybierz inny.")
    await expect(error(admin, "nc-id")).resolves.toBe("Kod „waw” jest już zajęty: wybierz inny")
    await screenshot(add, "admin-center-taken-pl")
    // the table shows the codes as they are stored
    const codes = await admin.locator("tr[data-center] td:first-child").allTextContents()
    const { items } = await admin.evaluate(async () => (await fetch("/api/centers")).json())
    expect(codes).toEqual(items.map((c: { id: string }) => c.id))
    expect(codes).toContain("waw")
    await admin.context().close()
  }, 120_000)

  it("lists the roles in the users table in the order the new account's role list offers them", async () => {
    const admin = await signedInAs(d, accounts.admin)
    await admin.goto(`${d.url}/admin/users`)
    await settled(admin, "admin-users")
    await admin.getByRole("button", { name: "Nowe konto" }).click()
    const offered = (await admin.locator("#nu-role option").allTextContents()).slice(1)
    // the staff's table (a live procedure's probe is listed apart, under the devices in use)
    const staff = admin.getByRole("region", { name: "Konta personelu" })
    const shown = await staff.locator("tr[data-user] td:nth-child(3)").allTextContents()
    expect(shown.length).toBeGreaterThan(3)
    // each role's accounts together, the roles in the dropdown's order
    const order = [...new Set(shown)]
    expect(order).toEqual(offered.filter((r) => order.includes(r)))
    // the role left empty is refused naming the roles in the same order (in lower case, inside a sentence)
    await admin.getByRole("button", { name: "Utwórz konto" }).click()
    const named = offered.map((r) => r.charAt(0).toLocaleLowerCase("pl") + r.slice(1))
    await expect(error(admin, "nu-role")).resolves.toBe(
      `Rola: wybierz jedną z możliwości: ${named.slice(0, -1).join(", ")} lub ${named.at(-1)}`
    )
    await screenshot(admin, "admin-users-roles-pl")
    await admin.context().close()
  }, 120_000)

  it("keeps the audit filters and the page in the address: a reload and Back keep them", async () => {
    const admin = await signedInAs(d, accounts.admin)
    await admin.goto(`${d.url}/admin/audit`)
    await settled(admin, "admin-audit")
    await admin.getByLabel("Czynność").selectOption("create")
    await admin.getByRole("button", { name: "Filtruj" }).click()
    await admin.waitForURL(/action=create/)
    await admin.getByText("Strona 1 z").waitFor()
    await admin.getByRole("button", { name: "Następna strona" }).click()
    await admin.getByText("Strona 2 z").waitFor()
    const second = await admin.locator("tbody tr[data-audit]").first().getAttribute("data-audit")
    await admin.reload()
    await settled(admin, "admin-audit")
    await admin.getByText("Strona 2 z").waitFor()
    await expect(admin.getByLabel("Czynność").inputValue()).resolves.toBe("create")
    await expect(admin.locator("tbody tr[data-audit]").first().getAttribute("data-audit")).resolves.toBe(
      second
    )
    await admin.goBack()
    await admin.getByText("Strona 1 z").waitFor()
    await expect(admin.getByLabel("Czynność").inputValue()).resolves.toBe("create")
    await admin.goBack()
    await expect.poll(() => admin.getByLabel("Czynność").inputValue()).toBe("")
    await admin.context().close()
  }, 120_000)

  it("downloads the audit trail in the user's words, times in the registry's zone, ready for a spreadsheet", async () => {
    for (const locale of ["pl-PL", "en-US"] as const) {
      const admin = await signedInAs(d, accounts.admin, { locale })
      const pl = locale === "pl-PL"
      await admin.goto(`${d.url}/admin/audit?action=login`)
      await settled(admin, "admin-audit")
      await admin.getByText(pl ? "Strona 1 z" : "Page 1 of").waitFor()
      const shown = await admin.locator("tbody tr[data-audit]").first().locator("td").allTextContents()
      const waiting = admin.waitForEvent("download")
      await admin.getByRole("button", { name: pl ? "Pobierz jako CSV" : "Download as CSV" }).click()
      const download = await waiting
      expect(download.suggestedFilename()).toMatch(/\.csv$/)
      const bytes = await import("node:fs").then((fs) => download.path().then((p) => fs.readFileSync(p)))
      // a byte-order mark: a spreadsheet reads the Polish letters as UTF-8
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      // cells apart as a spreadsheet in that language splits them: a semicolon in Polish (the decimal comma's)
      const rows: Array<Array<string>> = parse(bytes.subarray(3).toString("utf8"), {
        delimiter: pl ? ";" : ","
      })
      expect(rows[0]).toEqual(
        pl
          ? ["Kiedy", "Kto", "Czynność", "Wpis", "Identyfikator pacjenta", "Wynik"]
          : ["When", "Who", "Action", "Record", "Patient id", "Outcome"]
      )
      // every record the filter matches, not one page
      const { total } = await admin.evaluate(async () =>
        (await fetch("/api/audit?action=login&limit=1")).json()
      )
      expect(total).toBeGreaterThan(0)
      expect(rows.length).toBe(total + 1)
      // the first row as the page shows it, the time without a comma (a spreadsheet reads it as a date and time)
      const [when, ...rest] = rows[1]!
      expect(when).toBe(shown[0]!.replace(", ", " "))
      expect(when).toMatch(
        pl ? /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/ : /^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}$/
      )
      expect(rest.slice(0, 3)).toEqual(shown.slice(1, 4))
      expect(rest[4]).toBe(shown[5])
      expect(rows.slice(1).every((r) => r[2] === (pl ? "logowanie" : "signed in"))).toBe(true)
      if (pl) {
        // Polish everywhere, no code or UTC instant
        expect(bytes.toString("utf8")).not.toMatch(/\blogin\b|T\d{2}:\d{2}|Z\b/)
        await screenshot(admin, "admin-audit-csv-pl")
      }
      await admin.context().close()
    }
  }, 120_000)
})
