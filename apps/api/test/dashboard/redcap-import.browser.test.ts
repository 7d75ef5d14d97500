import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { readCsv } from "../Exports/support.js"
import {
  accounts,
  axe,
  csvFile,
  type Dashboard,
  screenshot,
  settled,
  signedInAs,
  startDashboard
} from "./harness.js"

// A Polish coordinator imports REDCap records: a file with bad cells answers every problem in Polish, by
// row, REDCap column and record_id (and as a Polish CSV), storing nothing; the corrected file is imported
// and its patient is in the registry.

// what a Polish reader should not meet: the API's English, the problems' codes, unworded templates
const notPolish =
  /\b(is not|is from|not a field|the events are|patient|Expected)\b|notNumber|unknownEvent|completeStatus|oneOf|recordId|\{\{|undefined|\[object/

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

/** One patient of the registry's own REDCap export, renamed `id`: their rows, cells editable by event. */
const patientRecords = async (page: Page, url: string, id: string) => {
  const response = await page.request.get(`${url}/api/export/redcap/records.csv`)
  expect(response.status()).toBe(200)
  const { header, raw, rows } = readCsv(await response.text())
  // a patient with a lesion and a 6-month visit
  const chosen = rows.find(
    (r) =>
      rows.some((s) => s.record_id === r.record_id && s.redcap_repeat_instrument === "lesion") &&
      rows.some((s) => s.record_id === r.record_id && s.redcap_event_name === "month_6_arm_1")
  )!.record_id
  expect(rows.some((r) => r.record_id === id)).toBe(false)
  const mine = raw.filter((_, i) => rows[i]!.record_id === chosen).map((r) => [...r])
  const column = (name: string) => header.indexOf(name)
  for (const r of mine) r[column("record_id")] = id
  const text = (cells: Array<Array<string>>) => cells.map((r) => `${r.map(quote).join(",")}\r\n`).join("")
  return {
    good: text([header, ...mine]),
    /** The file with `edits` (event, repeat instrument, column, value); the row number of each edit. */
    bad: (edits: ReadonlyArray<readonly [string, string, string, string]>) => {
      const copy = mine.map((r) => [...r])
      const lines = edits.map(([event, instrument, name, value]) => {
        const i = copy.findIndex(
          (r) =>
            r[column("redcap_event_name")] === event && r[column("redcap_repeat_instrument")] === instrument
        )
        expect(i, `${event} ${name}`).toBeGreaterThanOrEqual(0)
        copy[i]![column(name)] = value
        return i + 2
      })
      return { csv: text([header, ...copy]), lines }
    }
  }
}

describe("the REDCap import in Polish", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  }, 120_000)
  afterAll(async () => {
    await d?.close()
  })

  it("words every problem of a bad REDCap file, then imports the corrected one and the patient appears", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    const errors: Array<string> = []
    page.on("pageerror", (e) => errors.push(e.message))
    await page.goto(`${d.url}/import`)
    await settled(page, "import")
    await page.getByRole("radio", { name: "Rekordy REDCap (płaski eksport CSV, records.csv)" }).check()
    const check = page.getByRole("button", { name: "Sprawdź pliki" })
    await check.click()
    await page
      .getByRole("alert")
      .getByText("Najpierw wybierz plik z rekordami REDCap (.csv): nic nie zostało wysłane.")
      .waitFor()

    const id = "WAW-0601"
    const records = await patientRecords(page, d.url, id)
    const { csv, lines } = records.bad([
      ["baseline_arm_1", "", "nrs", "jedenaście"],
      ["procedure_arm_1", "lesion", "lesion_side", "7"],
      ["screening_arm_1", "", "patient_complete", "5"],
      ["month_6_arm_1", "", "redcap_event_name", "month_12_arm_1"]
    ])
    const input = page.getByLabel(/^Rekordy REDCap \(\.csv/)
    await input.setInputFiles(csvFile("rekordy.csv", csv))
    await check.click()
    const report = page.getByTestId("import-report")
    await report.getByText("nic nie zapisano", { exact: false }).waitFor()
    const headings = await report.locator("table").first().locator("th").allTextContents()
    expect(headings).toEqual([
      "Plik",
      "Wiersz",
      "Kolumna REDCap",
      "Rekord (record_id)",
      "Zasada",
      "Co jest nie tak"
    ])
    const problems = await report
      .locator("table")
      .first()
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")))
    const at = (line: number, column: string) =>
      problems.filter((p) => p[1] === String(line) && p[2] === column)
    expect(at(lines[0]!, "nrs")).toEqual([
      [
        "rekordy.csv",
        String(lines[0]),
        "nrs",
        id,
        "wartość dozwolona w tej kolumnie",
        "„jedenaście” nie jest liczbą: wpisz cyfry, np. 7 lub 2,5"
      ]
    ])
    expect(at(lines[1]!, "lesion_side")).toEqual([
      [
        "rekordy.csv",
        String(lines[1]),
        "lesion_side",
        id,
        "wartość dozwolona w tej kolumnie",
        expect.stringMatching(/^Kolumna lesion_side: .*1 \(Left\).*2 \(Right\)/)
      ]
    ])
    expect(at(lines[2]!, "patient_complete")).toEqual([
      [
        "rekordy.csv",
        String(lines[2]),
        "patient_complete",
        id,
        "wartość dozwolona w tej kolumnie",
        "Status formularza to 0 (niekompletny), 1 (niezweryfikowany) lub 2 (kompletny), nie „5”"
      ]
    ])
    expect(at(lines[3]!, "redcap_event_name")).toEqual([
      [
        "rekordy.csv",
        String(lines[3]),
        "redcap_event_name",
        id,
        "układ pliku",
        expect.stringMatching(
          /^„month_12_arm_1” nie jest zdarzeniem projektu REDCap rejestru: zdarzenia to screening_arm_1, /
        )
      ]
    ])
    const text = (await report.innerText()).replace(/\s+/g, " ")
    expect(text).not.toMatch(notPolish)
    expect(await axe(page)).toEqual([])
    await screenshot(page, "import-redcap-problems")

    // the download is the report as shown: Polish headings and words, the record_id of each row
    const download = page.waitForEvent("download")
    await page.getByRole("button", { name: "Pobierz listę problemów (CSV)" }).click()
    const chunks: Array<Buffer> = []
    for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer)
    // cells apart by semicolons, as a Polish spreadsheet splits them
    const sheet = readCsv(
      Buffer.concat(chunks)
        .toString("utf8")
        .replace(/^\uFEFF/, ""),
      ";"
    )
    expect(sheet.header).toEqual(headings)
    expect(sheet.raw).toEqual(problems)
    expect(await page.getByRole("button", { name: /^Importuj \(/ }).count()).toBe(0)
    const none = await page.request.get(`${d.url}/api/patients?q=${id}`)
    expect((await none.json()).total).toBe(0)

    // the corrected file: checked clean, then imported
    await input.setInputFiles(csvFile("rekordy.csv", records.good))
    await check.click()
    await report.getByText("Nie znaleziono problemów: można zaimportować 1 pacjenta").waitFor()
    await page.getByRole("button", { name: "Importuj (1)" }).click()
    await report.getByText("Zaimportowano: dodano lub uzupełniono 1 pacjenta").waitFor()
    await screenshot(page, "import-redcap-stored")

    await page.goto(`${d.url}/patients`)
    await settled(page, "patients")
    await page.getByLabel("Szukaj po identyfikatorze pacjenta").fill(id)
    await page.getByRole("link", { name: id }).waitFor({ timeout: 15_000 })
    expect(errors).toEqual([])
    await page.context().close()
  }, 180_000)
})
