import { existsSync, mkdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import { makeClient } from "@cryoreg/contract"
import { type Browser, chromium, type Locator, type Page } from "playwright-core"
import type { RunningServer } from "../../src/server.js"
import { startSqliteServer, tempDataDir } from "../support/server.js"

const webDir = fileURLToPath(new URL("../../../web/dist", import.meta.url))
const screenshotDir = fileURLToPath(new URL("../../test-output/screenshots", import.meta.url))
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
// axe-core is a dev dependency of the dashboard; it is injected into the page under test.
const axeSource = readFileSync(
  createRequire(new URL("../../../web/package.json", import.meta.url)).resolve("axe-core/axe.min.js"),
  "utf8"
)

/** The demo accounts the first start creates, by role. */
export const accounts = {
  admin: "admin",
  coordinator: "coordinator-waw",
  clinician: "clinician-waw",
  clinicianPila: "clinician-pila",
  statistician: "statistician"
} as const

/** The built dashboard served by the real API on 127.0.0.1 with the demo cohort, and a headless Chromium. */
export interface Dashboard {
  readonly url: string
  readonly server: RunningServer
  readonly browser: Browser
  /** A new page at `width` × 900 signed in as `username` (through the login form, in `locale`'s words). */
  readonly signedIn: (username: string, width?: number, locale?: "en-US" | "pl-PL") => Promise<Page>
  readonly close: () => Promise<void>
}

const password = "dashboard-e2e-password"

/** The password of the demo accounts in a dashboard under test. */
export const passwordOf = (d: Dashboard): string => d.server.bootstrapped.generatedPassword ?? password

/** The sign-in form's words in each language a browser may ask for. */
const signInWords = {
  "en-US": { user: "User name", password: "Password", submit: "Sign in" },
  "pl-PL": { user: "Nazwa użytkownika", password: "Hasło", submit: "Zaloguj" }
} as const

/** How a test's browser signs in: its language (Polish by default), width and, for a new account, its password. */
export interface SignIn {
  readonly locale?: keyof typeof signInWords
  readonly width?: number
  readonly password?: string
}

/**
 * A page in a new browser context of `locale` (a Polish browser unless told), signed in as `username` through
 * the sign-in form as that language words it. Close it with `page.context().close()`.
 */
export const signedInAs = async (d: Dashboard, username: string, options: SignIn = {}): Promise<Page> => {
  const locale = options.locale ?? "pl-PL"
  const words = signInWords[locale]
  const context = await d.browser.newContext({
    locale,
    viewport: { width: options.width ?? 1280, height: 900 }
  })
  const page = await context.newPage()
  await page.goto(`${d.url}/login`)
  await page.getByLabel(words.user).fill(username)
  await page.getByLabel(words.password, { exact: true }).fill(options.password ?? passwordOf(d))
  await page.getByRole("button", { name: words.submit }).click()
  await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 30_000 })
  return page
}

/** The typed API client signed in as `username`, for seeding what a browser test then reads. */
export const apiAs = async (d: Dashboard, username: string) => {
  const { token } = await makeClient({ baseUrl: d.url }).login({
    body: { username, password: passwordOf(d) }
  })
  return makeClient({ baseUrl: d.url, token })
}

/** Starts the server (fresh SQLite, demo cohort) and Chromium. */
export const startDashboard = async (): Promise<Dashboard> => {
  if (!existsSync(`${webDir}/index.html`))
    throw new Error(`No built dashboard in ${webDir}: run \`pnpm build\` (turbo builds it before this test)`)
  process.env.CRYOREG_ADMIN_PASSWORD = password
  const server = await startSqliteServer(tempDataDir(), webDir)
  const url = server.url.replace("//localhost:", "//127.0.0.1:")
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-sync"]
  })
  const signedIn = async (username: string, width = 1280, locale: "en-US" | "pl-PL" = "en-US") => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale })
    const pl = locale === "pl-PL"
    await page.goto(`${url}/login`)
    await page.getByLabel(pl ? "Nazwa użytkownika" : "User name").fill(username)
    await page.getByLabel(pl ? "Hasło" : "Password").fill(server.bootstrapped.generatedPassword ?? password)
    await page.getByRole("button", { name: pl ? "Zaloguj" : "Sign in" }).click()
    await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 30_000 })
    return page
  }
  return {
    url,
    server,
    browser,
    signedIn,
    close: async () => {
      await browser.close()
      await server.close()
    }
  }
}

/**
 * Saves a screenshot under apps/api/test-output/screenshots (git-ignored): of the whole page, or of one
 * element (a form, a table).
 */
export const screenshot = async (target: Page | Locator, name: string): Promise<string> => {
  mkdirSync(screenshotDir, { recursive: true })
  const path = `${screenshotDir}/${name}.png`
  if ("goto" in target) await target.screenshot({ path, fullPage: true })
  else await target.screenshot({ path })
  return path
}

/** `screenshot` at 1280 and 768 px (named `<name>-<width>`); the window is 1280 px wide again after. */
export const screenshotsAt = async (page: Page, name: string, target: Page | Locator = page) => {
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await screenshot(target, `${name}-${width}`)
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

/** One accessibility violation axe-core found: the rule, its impact and the elements. */
export interface Violation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly targets: ReadonlyArray<string>
}

/** Runs axe-core (WCAG 2 A and AA rules) on the page as it is now. */
export const axe = async (page: Page): Promise<ReadonlyArray<Violation>> => {
  // Evaluated through the DevTools protocol: the dashboard's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object
          ) => Promise<{
            violations: Array<{
              id: string
              impact: string | null
              help: string
              nodes: Array<{ target: Array<string> }>
            }>
          }>
        }
      }
    ).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" "))
    }))
  })
}

/** Waits until a page's data have arrived (its section carries `data-page`) and nothing is loading. */
export const settled = async (page: Page, name: string): Promise<void> => {
  await page.locator(`[data-page="${name}"]`).waitFor({ timeout: 20_000 })
  await page.waitForLoadState("networkidle")
}

/** The registry's calendar date (Warsaw) `days` from now: ISO (2026-12-08) and as Polish writes it (08.12.2026). */
export const warsawDay = (days = 0): { readonly iso: string; readonly pl: string } => {
  const iso = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Warsaw",
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  }).format(Date.now() + days * 86_400_000)
  const [y, m, dd] = iso.split("-")
  return { iso, pl: `${dd}.${m}.${y}` }
}

/** A CSV file named `name` holding `text`, for a file input's `setInputFiles`. */
export const csvFile = (name: string, text: string) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(text)
})
