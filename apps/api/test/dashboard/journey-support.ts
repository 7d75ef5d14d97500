import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import type { Locator, Page } from "playwright-core"
import { expect } from "vitest"
import { settled } from "./harness.js"

const repository = fileURLToPath(new URL("../../../..", import.meta.url))

/** The date `days` before today (UTC, never after today in Warsaw, the registry's zone). */
export const daysAgo = (days: number): string =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

/** A patient's record as the API answers it (what the journeys check was stored or not). */
export interface Record {
  readonly patient: { readonly birthYear: number; readonly treatedSide: string }
  readonly screening: { readonly screening: { readonly painDurationMonths: number } } | null
  readonly blocks: ReadonlyArray<unknown>
  readonly procedure: { readonly procedure: { readonly lesions: ReadonlyArray<unknown> } } | null
  readonly visits: ReadonlyArray<unknown>
  readonly adverseEvents: ReadonlyArray<unknown>
  readonly liveProcedure: { readonly id: string } | null
}

/** The patient's record read with the page's session. */
export const recordOf = async (page: Page, url: string, id: string): Promise<Record> => {
  const response = await page.request.get(`${url}/api/patients/${id}`)
  expect(response.status()).toBe(200)
  return (await response.json()) as Record
}

/** Opens a patient's page and waits for its data. */
export const patientPage = async (page: Page, url: string, id: string): Promise<void> => {
  await page.goto(`${url}/patients/${id}`)
  await settled(page, "patient")
}

/** The error shown beside a field (its `aria-describedby`), once the field is marked invalid. */
export const errorBeside = async (page: Page, field: Locator): Promise<string> => {
  await expect.poll(() => field.getAttribute("aria-invalid"), { timeout: 15_000 }).toBe("true")
  const ids = ((await field.getAttribute("aria-describedby")) ?? "")
    .split(" ")
    .filter((i) => i.endsWith("error"))
  const texts = await Promise.all(ids.map((i) => page.locator(`[id="${i}"]`).textContent()))
  return texts.join(" ").trim()
}

/** Words a clinic user should never read: the code's names and the schema library's defaults. */
export const codeWords = /Expected |actual |is missing|undefined|month6|month3|daysAfterProcedure|NaN/

/** What a `pnpm sim` run printed and how it ended. */
export interface SimRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * `pnpm sim …` at the repository root in its own process group, as a coordinator runs it in a terminal; with
 * `interruptAt`, the group gets SIGINT (a terminal's Ctrl-C) once the run prints that text.
 */
export const pnpmSim = (args: ReadonlyArray<string>, interruptAt?: string): Promise<SimRun> =>
  new Promise((resolve) => {
    const child = spawn("pnpm", ["sim", ...args], {
      cwd: repository,
      env: { ...process.env, CRYOREG_TOKEN: "" },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    let sent = false
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString()
      if (interruptAt !== undefined && !sent && stdout.includes(interruptAt)) {
        sent = true
        process.kill(-child.pid!, "SIGINT")
      }
    })
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.once("exit", (code) => resolve({ code, stdout, stderr }))
  })
