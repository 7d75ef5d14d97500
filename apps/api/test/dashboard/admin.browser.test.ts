import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, axe, type Dashboard, screenshot, settled, signedInAs, startDashboard } from "./harness.js"

const password = "dashboard-e2e-password"

/** Signs in through the login form in a context of the given language ("en-US" or "pl-PL"). */
const signIn = (
  d: Dashboard,
  username: string,
  secret: string,
  locale: "en-US" | "pl-PL",
  width = 1280
): Promise<Page> => signedInAs(d, username, { locale, width, password: secret })

const screens = {
  "en-US": [
    { path: "/admin/users", name: "admin-users", heading: "Users", nav: "Users" },
    { path: "/admin/centers", name: "admin-centers", heading: "Centers", nav: "Centers" },
    { path: "/admin/audit", name: "admin-audit", heading: "Audit trail", nav: "Audit trail" },
    { path: "/account/password", name: "account-password", heading: "Change your password", nav: null }
  ],
  "pl-PL": [
    { path: "/admin/users", name: "admin-users", heading: "Użytkownicy", nav: "Użytkownicy" },
    { path: "/admin/centers", name: "admin-centers", heading: "Ośrodki", nav: "Ośrodki" },
    { path: "/admin/audit", name: "admin-audit", heading: "Dziennik zdarzeń", nav: "Dziennik zdarzeń" },
    { path: "/account/password", name: "account-password", heading: "Zmiana hasła", nav: null }
  ]
} as const

describe("the administrator's screens", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  for (const locale of ["en-US", "pl-PL"] as const)
    for (const width of [1280, 768])
      it(`shows each screen in ${locale === "pl-PL" ? "Polish" : "English"} at ${width} px, passing axe-core`, async () => {
        const page = await signIn(d, accounts.admin, password, locale, width)
        const errors: Array<string> = []
        page.on("pageerror", (e) => errors.push(e.message))
        const found: Record<string, unknown> = {}
        for (const s of screens[locale]) {
          if (s.nav === null) await page.goto(`${d.url}${s.path}`)
          else await page.getByRole("navigation").getByRole("link", { name: s.nav, exact: true }).click()
          await settled(page, s.name)
          expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(s.heading)
          const violations = await axe(page)
          if (violations.length > 0) found[s.path] = violations
          await screenshot(page, `${s.name}-${locale}-${width}`)
        }
        await page.context().close()
        expect(errors).toEqual([])
        expect(found).toEqual({})
      }, 120_000)

  it("offers the administrator's screens to the administrator only", async () => {
    const page = await d.signedIn(accounts.coordinator)
    const nav = page.getByRole("navigation", { name: "Main" })
    await expect(nav.getByRole("link", { name: "Cohort" }).count()).resolves.toBe(1)
    expect(await nav.getByRole("link", { name: "Users" }).count()).toBe(0)
    await page.goto(`${d.url}/admin/users`)
    await page.getByRole("heading", { name: "Not available for your role" }).waitFor()
    // The header names the center, not its code, and links to the password change.
    await page
      .locator(".user-box")
      .getByText(/Neurolocus Pain Management Centre/)
      .waitFor()
    await page.getByRole("link", { name: "Change password" }).click()
    await settled(page, "account-password")
    await page.close()
  })

  it("creates an account, resets its password; the user must change it at sign-in, in Polish", async () => {
    const admin = await d.signedIn(accounts.admin)
    admin.on("dialog", (dialog) => void dialog.accept())
    await admin.goto(`${d.url}/admin/users`)
    await settled(admin, "admin-users")
    await admin.getByRole("button", { name: "New account" }).click()
    // Sent empty: each field says what is missing; a weak password is refused with the registry's rule.
    await admin.getByRole("button", { name: "Create the account" }).click()
    await expect(admin.locator("#nu-username-error").textContent()).resolves.not.toBe("")
    await admin.getByLabel("User name").fill("coordinator-new")
    await admin.getByLabel("Name", { exact: true }).fill("Anna Nowak")
    await admin.getByLabel("Role").selectOption("coordinator")
    await admin.getByLabel("Center").selectOption("pila")
    await admin.getByLabel("Initial password").fill("coordinator-new1")
    await admin.getByRole("button", { name: "Create the account" }).click()
    await expect(admin.locator("#nu-password-error").textContent()).resolves.toMatch(
      /more than the user name/
    )
    await admin.getByLabel("Initial password").fill("quiet-harbour-lantern-88")
    await admin.getByRole("button", { name: "Create the account" }).click()
    await admin.getByText("The account coordinator-new is created.").waitFor()
    const row = admin.locator('tr[data-user="coordinator-new"]')
    await expect(row.textContent()).resolves.toContain("Pain Medicine Centre")
    // The administrator chose its password: the account must change it at its first sign-in.
    await expect(row.textContent()).resolves.toContain("must change the password")
    await row.getByRole("button", { name: "Reset password: coordinator-new" }).click()
    const oneTime = (await admin.locator(".one-time-password").textContent())!.trim()
    expect(oneTime).toMatch(/^[A-Za-z2-9]{18}$/)
    await screenshot(admin, "admin-users-reset-1280")
    await admin.getByRole("button", { name: "Done" }).click()
    expect(await admin.locator(".one-time-password").count()).toBe(0)
    await expect(row.textContent()).resolves.toContain("must change the password")

    // The user signs in with it (in Polish) and is taken to the password change before anything else.
    const user = await signIn(d, "coordinator-new", oneTime, "pl-PL")
    await user.waitForURL(/\/account\/password$/)
    await user.getByText("Twoje hasło zostało nadane").waitFor()
    // The header names the user's center, not its code, before the password is changed.
    await user
      .locator(".user-box")
      .getByText(/Pain Medicine Centre/)
      .waitFor({ timeout: 5000 })
    expect(await user.locator(".user-box").textContent()).not.toMatch(/\bpila\b/)
    await user.goto(`${d.url}/patients`)
    await user.waitForURL(/\/account\/password$/)
    await user.getByLabel("Obecne hasło").fill(oneTime)
    await user.getByLabel("Nowe hasło", { exact: true }).fill("krótkie1")
    await user.getByLabel("Powtórz nowe hasło").fill("krótkie1")
    await user.getByRole("button", { name: "Zmień hasło" }).click()
    await expect(user.locator("#pw-new-error").textContent()).resolves.toMatch(/^Wybierz dłuższe hasło/)
    await user.getByLabel("Nowe hasło", { exact: true }).fill("amber-orchard-violin-73")
    await user.getByLabel("Powtórz nowe hasło").fill("amber-orchard-violin-73")
    expect(await axe(user)).toEqual([])
    await screenshot(user, "account-password-forced-pl-PL-1280")
    await user.getByRole("button", { name: "Zmień hasło" }).click()
    await user.waitForURL(/\/cohort$/)
    await user
      .locator(".user-box")
      .getByText(/Pain Medicine Centre/)
      .waitFor()
    await user.context().close()

    // Deactivated, the account cannot sign in; a one-time password still shown from a reset goes with the next act.
    await row.getByRole("button", { name: "Reset password: coordinator-new" }).click()
    await admin.locator(".one-time-password").waitFor()
    await row.getByRole("button", { name: "Deactivate: coordinator-new" }).click()
    await admin.getByText("Anna Nowak is deactivated and signed out.").waitFor()
    expect(await admin.locator(".one-time-password").count()).toBe(0)
    await expect(row.textContent()).resolves.toContain("deactivated")
    const refused = await d.browser.newPage()
    await refused.goto(`${d.url}/login`)
    await refused.getByLabel("User name").fill("coordinator-new")
    await refused.getByLabel("Password").fill("amber-orchard-violin-73")
    await refused.getByRole("button", { name: "Sign in" }).click()
    await refused.getByRole("alert").waitFor()
    expect(refused.url()).toContain("/login")
    await refused.close()
    await row.getByRole("button", { name: "Reactivate: coordinator-new" }).click()
    await admin.getByText("Anna Nowak may sign in again.").waitFor()
    await admin.close()
  }, 180_000)

  it("names the field of every refusal of the administrator's forms, and roles in words, in Polish", async () => {
    const admin = await signIn(d, accounts.admin, password, "pl-PL")
    await admin.goto(`${d.url}/admin/users`)
    await settled(admin, "admin-users")
    await admin.getByRole("button", { name: "Nowe konto" }).click()
    await admin.getByRole("button", { name: "Utwórz konto" }).click()
    const error = (id: string) => admin.locator(`#${id}-error`).textContent()
    await expect(error("nu-username")).resolves.toBe("Uzupełnij pole „Nazwa użytkownika”")
    await expect(error("nu-name")).resolves.toBe("Uzupełnij pole „Imię i nazwisko”")
    await expect(error("nu-password")).resolves.toBe("Uzupełnij pole „Hasło początkowe”")
    // the roles the form offers, as it words them; a device account is not made here
    const role = (await error("nu-role")) ?? ""
    expect(role).toMatch(
      /^Rola: wybierz jedną z możliwości: koordynator badania, lekarz, statystyk \(.*\) lub administrator$/
    )
    expect(role).not.toMatch(/coordinator|device|Urządzenie/)
    await admin.getByLabel("Rola").selectOption("clinician")
    await admin.getByRole("button", { name: "Utwórz konto" }).click()
    await expect(error("nu-center")).resolves.toBe("Uzupełnij pole „Ośrodek”")

    await admin.goto(`${d.url}/admin/centers`)
    await settled(admin, "admin-centers")
    const add = admin.getByRole("form", { name: "Dodaj ośrodek" })
    await add.getByRole("button", { name: "Dodaj ośrodek" }).click()
    await expect(error("nc-id")).resolves.toBe("Uzupełnij pole „Kod”")
    await expect(error("nc-name")).resolves.toBe("Uzupełnij pole „Nazwa”")
    await expect(error("nc-city")).resolves.toBe("Uzupełnij pole „Miejscowość”")
    await add.getByLabel("Kod").fill("k r!")
    await add.getByRole("button", { name: "Dodaj ośrodek" }).click()
    await expect.poll(() => error("nc-id")).toMatch(/^Kod\b/)
    // A code typed in capitals is kept in small letters, as the hint beside it says; the list shows it as stored.
    await add.getByLabel("Kod").fill("KRK")
    await add.getByLabel("Nazwa").fill("Klinika Bólu Kraków")
    await add.getByLabel("Miejscowość").fill("Kraków")
    await add.getByRole("button", { name: "Dodaj ośrodek" }).click()
    await admin.getByText("Ośrodek Klinika Bólu Kraków został dodany.").waitFor()
    await admin.getByRole("cell", { name: "krk", exact: true }).waitFor()
    const { items: centers } = await admin.evaluate(async () => (await fetch("/api/centers")).json())
    expect(centers.map((c: { id: string }) => c.id)).toContain("krk")
    expect(centers.map((c: { id: string }) => c.id)).not.toContain("KRK")

    // A "from" day after the "to" day is refused naming both fields; the filter is not applied.
    await admin.goto(`${d.url}/admin/audit`)
    await settled(admin, "admin-audit")
    await admin.getByLabel("Od", { exact: true }).fill("2026-12-09")
    await admin.getByLabel("Do", { exact: true }).fill("2026-12-01")
    await admin.getByRole("button", { name: "Filtruj" }).click()
    // a week apart: the words say which comes later, not that one is the day after the other
    await expect(error("audit-to")).resolves.toBe(
      "„Od” (09.12.2026) jest późniejsze niż „Do” (01.12.2026): wybierz dzień „Od” nie późniejszy niż dzień „Do”."
    )
    expect(admin.url()).not.toMatch(/from=/)
    await admin.context().close()
  }, 120_000)

  it("asks for the new password, and says beside its field that the current one is wrong", async () => {
    const page = await d.signedIn(accounts.coordinator)
    await page.goto(`${d.url}/account/password`)
    await settled(page, "account-password")
    await page.getByLabel("Current password").fill("not-the-password-at-all")
    await page.getByRole("button", { name: "Change the password" }).click()
    await expect(page.locator("#pw-new-error").textContent()).resolves.toBe("Enter the new password.")
    await page.getByLabel("New password", { exact: true }).fill("amber-orchard-violin-73")
    await page.getByLabel("New password again").fill("amber-orchard-violin-73")
    await page.getByRole("button", { name: "Change the password" }).click()
    await expect
      .poll(() => page.locator("#pw-current-error").textContent())
      .toMatch(/^The current password is wrong/)
    expect(await page.getByText(/Wrong user name/).count()).toBe(0)
    await page.close()
  })

  it("keeps the language a user chooses and applies it at their next sign-in, in another browser", async () => {
    const first = await signIn(d, accounts.clinicianPila, password, "en-US")
    const saved = first.waitForResponse(
      (r) => r.url().endsWith("/api/auth/me") && r.request().method() === "PATCH"
    )
    await first.getByLabel("Language").selectOption("pl")
    expect((await saved).status()).toBe(200)
    await first.context().close()
    // A fresh browser (nothing kept in it) in English: the registry's choice wins.
    const second = await signIn(d, accounts.clinicianPila, password, "en-US")
    await second.getByRole("link", { name: "Kohorta" }).waitFor()
    expect(await second.evaluate(() => document.documentElement.lang)).toBe("pl")
    await second.context().close()
  })

  it("renames a center, and the new name is shown in the patients list", async () => {
    const admin = await d.signedIn(accounts.admin)
    await admin.goto(`${d.url}/admin/centers`)
    await settled(admin, "admin-centers")
    await admin.getByRole("button", { name: "Rename: Pain Medicine Centre" }).click()
    const form = admin.getByRole("form", { name: "Rename Pain Medicine Centre" })
    await form.getByLabel("Name").fill("")
    await form.getByRole("button", { name: "Save" }).click()
    await expect(form.locator(".field-error").first().textContent()).resolves.not.toBe("")
    await form.getByLabel("Name").fill("Piła Pain Clinic")
    await form.getByRole("button", { name: "Save" }).click()
    await admin.getByText("The center is now called Piła Pain Clinic.").waitFor()
    await admin.goto(`${d.url}/patients?center=pila`)
    await settled(admin, "patients")
    await expect(admin.locator("tbody tr").first().textContent()).resolves.toContain("Piła Pain Clinic")
    await admin.close()
  })

  it("filters the audit trail by action and user, pages through it, and downloads it as CSV", async () => {
    const admin = await d.signedIn(accounts.admin)
    await admin.goto(`${d.url}/admin/audit`)
    await settled(admin, "admin-audit")
    expect(await admin.locator("tbody tr[data-audit]").count()).toBe(50)
    await admin.getByRole("button", { name: "Next page" }).click()
    await admin.getByText("Page 2").waitFor()
    await admin.getByLabel("Action").selectOption({ label: "signed in" })
    await admin.getByLabel("User name").fill("admin")
    await admin.getByRole("button", { name: "Apply" }).click()
    await admin.waitForURL(/action=login/)
    await admin.getByText("Page 1").waitFor()
    await admin.waitForLoadState("networkidle")
    const rows = admin.locator("tbody tr[data-audit]")
    expect(await rows.count()).toBeGreaterThan(0)
    for (const text of await rows.allTextContents()) expect(text).toMatch(/adminsigned in/)
    // the API's own CSV stays machine-readable (codes, UTC); the page's button words its file (admin-polish)
    const href = "/api/audit/audit.csv?user=admin&action=login"
    const csv = await admin.evaluate(async (h) => (await fetch(h)).text(), href)
    const lines = csv.trim().split("\r\n")
    expect(lines[0]).toMatch(/^at,username,userId,action,/)
    expect(lines.length).toBe((await rows.count()) + 1)
    expect(lines.slice(1).every((l) => l.split(",")[3] === "login")).toBe(true)
    await screenshot(admin, "admin-audit-filtered-1280")
    await admin.close()
  })
})
