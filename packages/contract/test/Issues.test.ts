import { Model } from "@cryoreg/domain"
import { Either, ParseResult } from "effect"
import { describe, expect, it } from "vitest"
import { Issues } from "../src/index.js"

const issuesOf = (value: unknown) => {
  const result = ParseResult.decodeUnknownEither(Model.AdverseEvent, { errors: "all" })(value)
  if (Either.isRight(result)) throw new Error("expected the adverse event to be refused")
  return Issues.fromParseIssue(result.left)
}
const event = {
  id: "ae-1",
  patientId: "WAW-0001",
  type: "local hematoma",
  severity: "mild",
  serious: false,
  onsetDays: 4,
  resolutionDays: 2,
  relatedToProcedure: true
}

describe("Issues.fromParseIssue", () => {
  it("gives a rule between a record's fields the domain's code and parameters, at the field it names", () => {
    expect(issuesOf(event)).toEqual([
      {
        code: "resolutionBeforeOnset",
        path: ["resolutionDays"],
        params: { onsetDays: 4 },
        message: "resolution cannot come before onset"
      }
    ])
    expect(issuesOf({ ...event, type: "other", resolutionDays: null })).toEqual([
      {
        code: "otherNeedsDescription",
        path: ["description"],
        params: {},
        message: 'an adverse event of type "other" needs a description'
      }
    ])
  })

  it("never answers the general code for the adverse event's rules", () => {
    const both = issuesOf({ ...event, type: "other" })
    expect(both.map((i) => i.code)).not.toContain("invalid")
  })
})

describe("Issues.fromParseIssue on a calendar date", () => {
  const dateIssues = (date: unknown) => {
    const result = ParseResult.decodeUnknownEither(Model.CalendarDate)(date)
    if (Either.isRight(result)) throw new Error("expected the date to be refused")
    return Issues.fromParseIssue(result.left).map((i) => i.code)
  }
  it("an empty field is a date not given (required), a day not in the calendar is `date`", () => {
    expect(dateIssues("")).toEqual(["required"])
    expect(dateIssues("  ")).toEqual(["required"])
    expect(dateIssues("2026-02-31")).toEqual(["date"])
  })
})
