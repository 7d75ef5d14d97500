import { AdverseEventInput, ApiError, NewPatient, VisitInput } from "@cryoreg/contract"
import { Either } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { fromApiError, validate } from "./issues"

const errorsOf = (result: Either.Either<unknown, Readonly<Record<string, string>>>) =>
  Either.isLeft(result) ? result.left : {}

const labels = {
  sex: { label: "The patient's sex", options: { female: "female", male: "male" } },
  birthYear: "Birth year",
  treatedSide: { label: "Treated side", options: { left: "left", right: "right", bilateral: "both sides" } },
  timepoint: { label: "Visit", options: { baseline: "baseline", month3: "3 months", month6: "6 months" } },
  date: "Date of the visit",
  relatedToProcedure: "Related to the procedure"
}

afterEach(() => setLocale("en"))

describe("validate", () => {
  it("names every allowed value of a field left empty, in the form's words, not the schema's", () => {
    setLocale("en")
    const errors = errorsOf(
      validate(NewPatient, { id: "WAW-0067", sex: "", birthYear: undefined, centerId: "waw" }, labels)
    )
    expect(errors).toEqual({
      sex: "Choose the patient's sex: female or male",
      birthYear: "Fill in “Birth year”",
      treatedSide: "Choose treated side: left, right or both sides"
    })
  })

  it("says the same in Polish with the Polish labels", () => {
    setLocale("pl")
    const errors = errorsOf(
      validate(
        NewPatient,
        { id: "WAW-0067", sex: "", birthYear: 1800, centerId: "waw", treatedSide: "left" },
        {
          sex: { label: "Płeć pacjenta", options: { female: "kobieta", male: "mężczyzna" } },
          birthYear: "Rok urodzenia"
        }
      )
    )
    expect(errors).toEqual({
      sex: "Płeć pacjenta: wybierz jedną z możliwości: kobieta lub mężczyzna",
      birthYear: "Rok urodzenia: liczba całkowita od 1900 do 2100"
    })
  })

  it("never shows the schema's words for a key absent from the request", () => {
    const errors = errorsOf(validate(VisitInput, { nrs: 3 }, labels))
    expect(errors.timepoint).toBe("Choose visit: baseline, 3 months or 6 months")
    expect(errors.date).toBe("Fill in “Date of the visit”")
    expect(Object.values(errors).join(" ")).not.toMatch(/Expected|actual|is missing|undefined/)
  })

  it("asks for yes or no for an unanswered question", () => {
    const errors = errorsOf(
      validate(AdverseEventInput, { type: "infection", severity: "mild", onsetDays: 2 }, labels)
    )
    expect(errors.relatedToProcedure).toBe("Choose related to the procedure: yes or no")
  })

  it("names a field without a label as 'this field' rather than by its key", () => {
    const errors = errorsOf(validate(NewPatient, { id: "WAW-0067", sex: "x" }))
    expect(errors.sex).toBe("Choose this field: female or male")
  })
})

describe("fromApiError", () => {
  it("words the API's issues by their code and parameters, and the refusal by its tag", () => {
    const error = new ApiError(
      422,
      "RuleViolation",
      "the procedure's side is not the patient's treated side",
      [
        {
          code: "side",
          path: ["lesions", 0, "side"],
          params: { side: "left", treatedSide: "right" },
          message: "the procedure's side is not the patient's treated side"
        }
      ]
    )
    setLocale("pl")
    const failed = fromApiError(error, { "lesions.*.side": "Strona" })
    expect(failed.fields).toEqual({
      "lesions.0.side": "Strona: strona leczona u pacjenta to prawa; wybierz ją"
    })
    expect(failed.message).toBe("Zasady badania na to nie pozwalają: nic nie zapisano.")
  })
})
