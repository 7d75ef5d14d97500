import { ImportCode, type ImportProblem, ImportRule } from "@cryoreg/contract"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { timepointWords, wordImportProblem, wordImportRule } from "./import-problem-words"

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
  part: "lesion",
  timepoint: "month3",
  stage: "procedure",
  addTo: "procedures.csv",
  criteria: ["baselineNrs"],
  allowed: ["Patient", "Encounter"],
  field: "analgesic_class",
  event: "procedure_arm_1",
  instrument: "lesion",
  instance: 2
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

  it("says which stage a patient lacks and where to add it, in Polish and English", () => {
    const missing = problem({
      column: null,
      ruleCode: "order",
      code: "stageMissing",
      params: {
        patient: "WAW-0202",
        record: "visit",
        timepoint: "month3",
        stage: "procedure",
        addTo: "procedures.csv"
      }
    })
    setLocale("pl")
    expect(wordImportProblem(missing)).toBe(
      "Pacjent WAW-0202 ma wizytę po 3 miesiącach, ale nie ma zabiegu: dodaj wiersze zabiegu (po jednym na lezję) do pliku procedures.csv"
    )
    expect(wordImportRule(missing)).toBe("kolejność etapów badania")
    const block = problem({
      code: "stageMissing",
      params: { patient: "WAW-0203", record: "procedure", stage: "block", addTo: "visits.csv" }
    })
    expect(wordImportProblem(block)).toBe(
      "Pacjent WAW-0203 ma zabieg, ale nie ma blokady diagnostycznej: dodaj wiersz blokady diagnostycznej (punkt czasowy „block”) do pliku visits.csv"
    )
    // a Bundle has no rows: the stage is added to the file as a record
    const fhir = problem({
      file: "bundle.json",
      code: "stageMissing",
      params: { patient: "WAW-0204", record: "adverseEvent", stage: "procedure", addTo: "bundle.json" }
    })
    expect(wordImportProblem(fhir)).toBe(
      "Pacjent WAW-0204 ma zdarzenie niepożądane, ale nie ma zabiegu: dodaj zabieg do pliku bundle.json"
    )
    expect(
      wordImportProblem(
        problem({
          code: "notEligible",
          params: { patient: "WAW-0205", criteria: ["baselineNrs", "pregnancy"] }
        })
      )
    ).toBe(
      "Nie można zaimportować zabiegu pacjenta WAW-0205: pacjent nie spełnia kryteriów kwalifikacji (niespełnione: Wyjściowe natężenie bólu NRS co najmniej 5; Ciąża)"
    )
    setLocale("en")
    expect(wordImportProblem(missing)).toBe(
      "Patient WAW-0202 has a 3-month visit but no procedure: add the procedure's rows (one per lesion) to procedures.csv"
    )
  })

  it("words a Bundle's problems from their codes, a form's issue at its FHIRPath", () => {
    setLocale("pl")
    expect(
      wordImportProblem(
        problem({ file: "bundle.json", code: "referenceUnresolved", params: { value: "Patient/x" } })
      )
    ).toBe("Odwołanie „Patient/x” nie wskazuje żadnego wpisu pakietu")
    expect(
      wordImportProblem(
        problem({
          file: "bundle.json",
          column: "Bundle.entry[3].resource.valueInteger",
          code: "range",
          params: { min: 0, max: 10, integer: true }
        })
      )
    ).toBe("Element Bundle.entry[3].resource.valueInteger: liczba całkowita od 0 do 10")
    expect(
      wordImportProblem(problem({ file: "bundle.json", code: "emptyFile", params: { file: "bundle.json" } }))
    ).toBe("Plik bundle.json jest pusty: wybierz plik z wypełnionymi danymi")
  })
})

describe("wordImportProblem of a REDCap records file", () => {
  const redcap = (more: Partial<ImportProblem>) => problem({ file: "records.csv", ...more })

  it("words REDCap's own faults in Polish and English, naming the values and the REDCap column", () => {
    const event = redcap({
      column: "redcap_event_name",
      code: "unknownEvent",
      params: { value: "month_12_arm_1", allowed: ["screening_arm_1", "month_6_arm_1"], recordId: "WAW-0001" }
    })
    const checkbox = redcap({
      row: 1,
      column: "analgesic_class___9",
      code: "unknownCheckboxCode",
      params: { field: "analgesic_class", value: "9", allowed: ["1 (NSAIDs)", "2 (Other)"] }
    })
    const twice = redcap({
      code: "rowTwice",
      params: { patient: "WAW-0001", event: "procedure_arm_1", instrument: "lesion", instance: "2" }
    })
    setLocale("pl")
    expect(wordImportProblem(event)).toBe(
      "„month_12_arm_1” nie jest zdarzeniem projektu REDCap rejestru: zdarzenia to screening_arm_1, month_6_arm_1"
    )
    expect(wordImportProblem(checkbox)).toBe(
      "Pole wyboru analgesic_class nie ma opcji „9”: jego opcje to 1 (NSAIDs), 2 (Other)"
    )
    expect(wordImportProblem(twice)).toBe(
      "Pacjent WAW-0001 ma drugi wiersz dla procedure_arm_1 / lesion / 2: jeden wiersz na zdarzenie i powtórzenie"
    )
    expect(
      wordImportProblem(
        redcap({ column: "procedure_complete", code: "completeStatus", params: { value: "3" } })
      )
    ).toBe("Status formularza to 0 (niekompletny), 1 (niezweryfikowany) lub 2 (kompletny), nie „3”")
    // a form's issue at a REDCap column names the column
    expect(
      wordImportProblem(
        redcap({
          column: "lesion_side",
          code: "oneOf",
          params: { allowed: ["1 (Left)", "2 (Right)"], value: "7" }
        })
      )
    ).toMatch(/lesion_side.*1 \(Left\).*2 \(Right\)/)
    setLocale("en")
    expect(wordImportProblem(event)).toBe(
      "“month_12_arm_1” is not an event of the registry's REDCap project: the events are screening_arm_1, month_6_arm_1"
    )
    expect(wordImportProblem(twice)).toBe(
      "Patient WAW-0001 has a second row for procedure_arm_1 / lesion / 2: one row per event and instance"
    )
  })
})

describe("the uploaded file and the template it was sent as", () => {
  const unknown = problem({
    file: "bad.csv",
    row: 1,
    column: "nrs_score",
    code: "unknownColumn",
    params: { file: "bad.csv", template: "visits.csv", column: "nrs_score" }
  })
  it("names both, told apart, in Polish and English", () => {
    setLocale("pl")
    expect(wordImportProblem(unknown)).toBe(
      "Plik bad.csv (wysłany jako visits.csv) ma kolumnę „nrs_score”, której nie ma w szablonie visits.csv: sprawdź nazwy kolumn w szablonie"
    )
    expect(
      wordImportProblem(
        problem({
          file: "bad.csv",
          row: 1,
          column: "timepoint",
          code: "columnRequired",
          params: { file: "bad.csv", template: "visits.csv" }
        })
      )
    ).toBe(
      "W pliku bad.csv (wysłany jako visits.csv) brakuje kolumny „timepoint”, wymaganej przez szablon visits.csv: dodaj ją"
    )
    setLocale("en")
    expect(wordImportProblem(unknown)).toContain(
      "The file bad.csv (sent as visits.csv) has a column “nrs_score”"
    )
  })
  it("names the file once when it is sent under the template's own name", () => {
    setLocale("pl")
    const same = {
      ...unknown,
      file: "visits.csv",
      params: { file: "visits.csv", template: "visits.csv", column: "x" }
    }
    expect(wordImportProblem(same)).toMatch(
      /^Plik visits\.csv ma kolumnę „x”, której nie ma w szablonie visits\.csv/
    )
  })
})

describe("timepointWords", () => {
  it("gives each literal value of the timepoint column its meaning beside it, in both languages", () => {
    setLocale("pl")
    expect(timepointWords()).toBe(
      "screening — kwalifikacja do badania, block — blokada diagnostyczna, baseline — wizyta wyjściowa, month3 — wizyta 3 miesiące po zabiegu, month6 — wizyta 6 miesięcy po zabiegu"
    )
    setLocale("en")
    expect(timepointWords()).toContain("baseline — the baseline visit")
  })
})
