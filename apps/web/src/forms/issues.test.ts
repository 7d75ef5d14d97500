import { AdverseEventInput, NewPatient, VisitInput } from "@cryoreg/contract"
import { Either } from "effect"
import { describe, expect, it } from "vitest"
import { validate } from "./issues"

const errorsOf = (result: Either.Either<unknown, Readonly<Record<string, string>>>) =>
  Either.isLeft(result) ? result.left : {}

describe("validate", () => {
  it("says 'Required' beside a field left empty, not the schema's words", () => {
    const errors = errorsOf(
      validate(NewPatient, { id: "WAW-0067", sex: "", birthYear: undefined, centerId: "waw" })
    )
    expect(errors).toEqual({ sex: "Required", birthYear: "Required", treatedSide: "Required" })
  })

  it("says 'Required' for a key absent from the request", () => {
    const errors = errorsOf(validate(VisitInput, { nrs: 3 }))
    expect(errors.timepoint).toBe("Required")
    expect(errors.date).toBe("Required")
    expect(Object.values(errors).join(" ")).not.toMatch(/Expected|actual|is missing/)
  })

  it("keeps the schema's own message for a value given and refused", () => {
    const errors = errorsOf(
      validate(NewPatient, {
        id: "WAW-0067",
        sex: "female",
        birthYear: 1800,
        centerId: "waw",
        treatedSide: "left"
      })
    )
    expect(errors.birthYear).toContain("birth year is a whole year between 1900 and 2100")
  })

  it("keeps a schema's own words for a field left empty", () => {
    const errors = errorsOf(
      validate(AdverseEventInput, { type: "infection", severity: "mild", onsetDays: 2 })
    )
    expect(errors.relatedToProcedure).toBe("say whether the event is related to the procedure (yes or no)")
  })
})
