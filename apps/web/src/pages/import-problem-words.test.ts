import { ImportCode, type ImportProblem, ImportRule } from "@cryoreg/contract"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { wordImportProblem, wordImportRule } from "./import-problem-words"

const english = "THE API'S ENGLISH SENTENCE"
const problem = (more: Partial<ImportProblem>): ImportProblem => ({
  file: "visits.csv",
  row: 4,
  column: "nrs",
  rule: "value allowed in this column",
  message: english,
  ...more
})
const params = {
  file: "visits.csv",
  value: "eleven",
  cells: 9,
  header: 8,
  firstRow: 2,
  patient: "WAW-0202",
  center: "waw",
  given: "pila",
  record: "visit",
  part: "lesion"
}

afterEach(() => setLocale("en"))

describe("wordImportProblem", () => {
  it("words every import code and rule in both languages, never with the API's sentence", () => {
    for (const locale of ["en", "pl"] as const) {
      setLocale(locale)
      for (const code of ImportCode.literals) {
        const words = wordImportProblem(problem({ code, params }))
        expect(words, `${locale} ${code}`).not.toMatch(/THE API|\{\{|undefined/)
        expect(words.trim(), `${locale} ${code}`).not.toBe("")
      }
      for (const ruleCode of ImportRule.literals) expect(wordImportRule(problem({ ruleCode }))).not.toBe("")
    }
  })

  it("words a bad cell in Polish, with its value, and a range issue naming the column", () => {
    setLocale("pl")
    expect(wordImportProblem(problem({ code: "notNumber", params: { value: "eleven" } }))).toBe(
      "„eleven” nie jest liczbą: wpisz cyfry, np. 7 lub 2,5"
    )
    expect(
      wordImportProblem(
        problem({ column: "odi_1", code: "range", params: { min: 0, max: 5, integer: true } })
      )
    ).toBe("Kolumna odi_1: liczba całkowita od 0 do 5")
    expect(wordImportRule(problem({ ruleCode: "format" }))).toBe("wartość dozwolona w tej kolumnie")
  })

  it("names the centers of a patient of another center, not their codes", () => {
    const names: Record<string, string> = {
      waw: "Neurolocus Pain Management Centre",
      pila: "Pain Medicine Centre"
    }
    const other = problem({ column: "center", code: "otherCenter", params: { center: "waw", given: "pila" } })
    setLocale("pl")
    expect(wordImportProblem(other, (id) => names[id] ?? id)).toBe(
      "Ten import dodaje tylko pacjentów ośrodka Neurolocus Pain Management Centre, a nie ośrodka Pain Medicine Centre"
    )
    setLocale("en")
    expect(wordImportProblem(other, (id) => names[id] ?? id)).toBe(
      "This import adds patients of center Neurolocus Pain Management Centre only, not of Pain Medicine Centre"
    )
  })

  it("falls back on the rule in words, not the English sentence, when the API gave no code", () => {
    setLocale("pl")
    expect(wordImportProblem(problem({ ruleCode: "file" }))).toBe("Niezgodne z zasadą: układ pliku")
    expect(wordImportProblem(problem({}))).not.toContain(english)
  })
})
