import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  accounts,
  csvFile,
  type Dashboard,
  screenshot,
  settled,
  signedInAs,
  startDashboard
} from "./harness.js"

// A Polish coordinator reads what visits.csv's time points mean, and, sending a file of another name with a
// column the template lacks, reads which file was sent, as which template file, and which column is not in it.

describe("the import page in Polish: the template's time points and the file sent", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  }, 120_000)
  afterAll(async () => {
    await d?.close()
  })

  it("gives each time point its meaning beside the value the file holds, and tells the uploaded file from the template", async () => {
    const page = await signedInAs(d, accounts.coordinator)
    await page.getByRole("link", { name: "Import danych" }).click()
    await settled(page, "import")
    // the template's card, under its heading "1. Wypełnij szablon"
    await page.getByRole("heading", { name: "1. Wypełnij szablon" }).waitFor()
    const help = (await page.locator('section[aria-labelledby="import-template"] > p').innerText()).replace(
      /\s+/g,
      " "
    )
    for (const [value, meaning] of [
      ["screening", "kwalifikacja do badania"],
      ["block", "blokada diagnostyczna"],
      ["baseline", "wizyta wyjściowa"],
      ["month3", "wizyta 3 miesiące po zabiegu"],
      ["month6", "wizyta 6 miesięcy po zabiegu"]
    ])
      expect(help).toContain(`${value} — ${meaning}`)
    expect(help).not.toContain("(screening, block, baseline, month3, month6)")

    // bad.csv, sent as visits.csv, with a column the template has not
    const template = await (await page.request.get(`${d.url}/api/import/tidy/template/visits.csv`)).text()
    const [header, ...rows] = template.split("\r\n")
    await page
      .getByLabel(/^Wizyty/)
      .setInputFiles(
        csvFile(
          "bad.csv",
          [`${header},nrs_score`, ...rows.map((r) => (r === "" ? r : `${r},7`))].join("\r\n")
        )
      )
    await page.getByRole("button", { name: "Sprawdź pliki" }).click()
    const report = page.getByTestId("import-report")
    await report
      .getByText(
        "Plik bad.csv (wysłany jako visits.csv) ma kolumnę „nrs_score”, której nie ma w szablonie visits.csv: sprawdź nazwy kolumn w szablonie"
      )
      .waitFor()
    const text = (await report.innerText()).replace(/\s+/g, " ")
    expect(text).not.toContain("Szablon pliku bad.csv")
    expect(text).not.toMatch(/unknownColumn|sent as|template/)
    await screenshot(page, "import-template-words")
  }, 120_000)
})
