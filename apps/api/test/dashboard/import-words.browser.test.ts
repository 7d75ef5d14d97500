import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  accounts,
  apiAs,
  axe,
  csvFile,
  type Dashboard,
  screenshot,
  settled,
  signedInAs,
  startDashboard
} from "./harness.js"
import { codeWords } from "./journey-support.js"

// A Polish coordinator imports: every problem of a file in one report, in Polish, with nothing of the API's
// English or its codes; an empty choice or file said in words; a FHIR Bundle's problems worded the same way.

// The API's English sentences and the codes and fields behind them, none of which a Polish reader should meet.
const english =
  /\b(patient|has a|but no|add the|is not|is empty|header only|the file|Bundle has|names no entry|Expected|actual)\b/
const codes =
  /stageMissing|notNumber|notEligible|noRows|emptyFile|referenceUnresolved|patientUnchecked|odiAnswers|analgesics\.drugs|ruleCode|\[object/

const template = async (page: Page, url: string, file: string, id: string) => {
  const response = await page.request.get(`${url}/api/import/tidy/template/${file}`)
  expect(response.status()).toBe(200)
  return (await response.text()).replaceAll("WAW-0201", id)
}

/** The text a reader sees in the report (its table and summary), and a check that none of it is English or code. */
const readReport = async (page: Page) => {
  const text = (await page.getByTestId("import-report").innerText()).replace(/\s+/g, " ")
  expect(text).not.toMatch(english)
  expect(text).not.toMatch(codes)
  expect(text).not.toMatch(codeWords)
  return text
}

/** No part of the page wider than the window (nothing clipped or scrolled sideways but the table's own box). */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)

describe("the import page in Polish", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  }, 120_000)
  afterAll(async () => {
    await d?.close()
  })

  it("says what is missing, then every problem of a bad file in one report, in Polish words, as on screen in its CSV", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    const errors: Array<string> = []
    page.on("pageerror", (e) => errors.push(e.message))
    await page.getByRole("link", { name: "Import danych" }).click()
    await settled(page, "import")
    const check = page.getByRole("button", { name: "Sprawdź pliki" })

    // nothing chosen: said on the page, nothing sent
    await check.click()
    await page
      .getByRole("alert")
      .getByText("Najpierw wybierz plik visits.csv: nic nie zostało wysłane.")
      .waitFor()

    // an empty file, then the header only: the API's problem, in Polish
    const visitsInput = page.getByLabel(/^Wizyty/)
    await visitsInput.setInputFiles(csvFile("visits.csv", ""))
    await check.click()
    const report = page.getByTestId("import-report")
    await report.getByText("Plik visits.csv jest pusty: wybierz plik z wypełnionymi danymi").waitFor()
    const visits = await template(page, d.url, "visits.csv", "WAW-0401")
    await visitsInput.setInputFiles(csvFile("visits.csv", `${visits.split("\r\n")[0]}\r\n`))
    await check.click()
    await report
      .getByText(
        "Plik visits.csv zawiera tylko nagłówek: dodaj wiersz dla każdego pacjenta i punktu czasowego"
      )
      .waitFor()
    await readReport(page)

    // NRS "eleven" at baseline; at 3 months an unknown drug and half the ODI blank; no procedures.csv
    const lines = visits.split("\r\n")
    const header = lines[0]!.split(",")
    const edit = (line: number, changes: Record<string, string>) => {
      const cells = lines[line]!.split(",")
      for (const [column, value] of Object.entries(changes)) cells[header.indexOf(column)] = value
      lines[line] = cells.join(",")
    }
    edit(3, { nrs: "eleven" })
    edit(4, { analgesics: "foobarol", odi_1: "", odi_2: "", odi_3: "", odi_4: "", odi_5: "" })
    await visitsInput.setInputFiles(csvFile("visits.csv", lines.join("\r\n")))
    await check.click()
    await report.getByText("Znaleziono 5 problemów: nic nie zapisano.", { exact: false }).waitFor()
    const problems = await report
      .locator("table")
      .first()
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")))
    const missing = (months: number) =>
      `Pacjent WAW-0401 ma wizytę po ${months} miesiącach, ale nie ma zabiegu: dodaj wiersze zabiegu (po jednym na lezję) do pliku procedures.csv`
    expect(problems).toEqual([
      [
        "visits.csv",
        "4",
        "nrs",
        "wartość dozwolona w tej kolumnie",
        "„eleven” nie jest liczbą: wpisz cyfry, np. 7 lub 2,5"
      ],
      ["visits.csv", "5", "", "kolejność etapów badania", missing(3)],
      [
        "visits.csv",
        "5",
        expect.stringMatching(/^odi/),
        "zasada badania",
        expect.stringContaining("odpowiedz w co najmniej 9 z 10 sekcji")
      ],
      ["visits.csv", "5", "analgesics", "zasada badania", expect.stringContaining("nieznany lek „foobarol”")],
      ["visits.csv", "6", "", "kolejność etapów badania", missing(6)]
    ])
    const text = await readReport(page)
    expect(text).toContain("nieznany lek „foobarol”")
    expect(text).toContain("odpowiedz w co najmniej 9 z 10 sekcji")
    expect(await axe(page)).toEqual([])

    // the download is the report as shown: Polish headings, rule and words
    const download = page.waitForEvent("download")
    await page.getByRole("button", { name: "Pobierz listę problemów (CSV)" }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe("problemy-importu.csv")
    const chunks: Array<Buffer> = []
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer)
    const csv = Buffer.concat(chunks)
      .toString("utf8")
      .replace(/^\uFEFF/, "")
    // cells apart by semicolons, as a Polish spreadsheet splits them
    expect(csv.split("\r\n")[0]).toBe("Plik;Wiersz;Kolumna;Zasada;Co jest nie tak")
    expect(csv).toContain(`visits.csv;5;;kolejność etapów badania;${missing(3)}`)
    expect(csv).not.toMatch(english)
    expect(csv).not.toMatch(codes)

    // at a desktop's and a tablet's width: nothing wider than the window
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, "import-words-1280")
    await page.setViewportSize({ width: 768, height: 900 })
    expect(await fitsWidth(page)).toBe(true)
    await screenshot(page, "import-words-768")
    expect(errors).toEqual([])
    await page.context().close()
  }, 120_000)

  it("words a FHIR Bundle's problems in Polish, by entry and element", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    await page.goto(`${d.url}/import`)
    await settled(page, "import")
    await page.getByRole("radio", { name: "Pakiet FHIR (Bundle, JSON)" }).check()
    const check = page.getByRole("button", { name: "Sprawdź pliki" })
    await check.click()
    await page
      .getByRole("alert")
      .getByText("Najpierw wybierz pakiet FHIR (.json): nic nie zostało wysłane.")
      .waitFor()

    const api = await apiAs(d, accounts.coordinator)
    const followed = (await api.listPatients({ query: { status: "month6", limit: 50 } })).items
    const id = followed.find((p) => p.centerId === "waw")!.id
    const response = await page.request.get(`${d.url}/api/fhir/Patient/${id}/$everything`)
    expect(response.status()).toBe(200)
    const bundle = JSON.parse((await response.text()).split(id).join("WAW-0402")) as {
      entry: Array<{ resource: { resourceType: string; subject: { reference: string } } }>
    }
    const at = bundle.entry.findIndex((e) => e.resource.resourceType === "Encounter")
    bundle.entry[at]!.resource.subject.reference = "Patient/nikt"
    const bundleInput = page.getByLabel(/^Pakiet FHIR \(\.json/)
    await bundleInput.setInputFiles({
      name: "pakiet.json",
      mimeType: "application/fhir+json",
      buffer: Buffer.from(JSON.stringify(bundle))
    })
    await check.click()
    const report = page.getByTestId("import-report")
    await report.getByText("Odwołanie „Patient/nikt” nie wskazuje żadnego wpisu pakietu").waitFor()
    const headings = await report.locator("table").first().locator("th").allTextContents()
    expect(headings).toEqual(["Plik", "Wpis", "Element (FHIRPath)", "Zasada", "Co jest nie tak"])
    const text = await readReport(page)
    expect(text).toContain("odwołania wewnątrz pliku")
    expect(text).toContain(`Bundle.entry[${at}].resource.subject`)
    // the file named as it was chosen
    expect(text).toContain("pakiet.json")
    await screenshot(page, "import-words-fhir-1280")

    await bundleInput.setInputFiles({
      name: "pusty.json",
      mimeType: "application/json",
      buffer: Buffer.from("")
    })
    await check.click()
    await report.getByText("Plik pusty.json jest pusty: wybierz plik z wypełnionymi danymi").waitFor()
    await readReport(page)
    await page.context().close()
  }, 120_000)
})
