import { type IssueCode, type IssueParams, Issues } from "@cryoreg/contract"
import {
  Analgesics,
  DiagnosticBlock,
  Eligibility,
  FreezeProtocol,
  type Model,
  Odi,
  Protocol
} from "@cryoreg/domain"
import { Effect, ParseResult, type Schema } from "effect"
import { InvalidRequest, RuleViolation } from "../Errors.js"
import { mapErrorNow, together, voidNow } from "./Decided.js"

/**
 * Decodes a whole record (after a correction merged into it) with its domain Schema, or says what is
 * wrong the way a create is told (`Issues.fromParseIssue`, as the routes' decoder): a correction and a
 * create of the same bad field get the same issue.
 */
export const decodeRecord = <A, I>(schema: Schema.Schema<A, I, never>, value: unknown) =>
  ParseResult.decodeUnknown(schema, { errors: "all", onExcessProperty: "error" })(value).pipe(
    Effect.mapError((error) => {
      const issues = Issues.fromParseIssue(error)
      return new InvalidRequest({ message: Issues.summary("invalid body", issues), issues })
    })
  )

const violation = (
  code: IssueCode,
  path: ReadonlyArray<string | number>,
  message: string,
  params: IssueParams = {}
) => new RuleViolation({ message, issues: [Issues.rule(code, path, message, params)] })

/** A screening's answers as the patient's sex allows them (`Eligibility.checkAnswersFor`: a male patient is not pregnant). */
export const checkScreeningAnswers = (patient: Model.Patient, screening: Model.Screening) =>
  Eligibility.checkAnswersFor(patient.sex, screening).pipe(
    Effect.mapError((e) =>
      violation("notForSex", ["exclusions", "pregnancy"], e.message, { sex: patient.sex, allowed: ["no"] })
    )
  )

/** A block needs pain before it: relief is (before − after) / before. */
export const checkBlock = (block: Model.DiagnosticBlock) =>
  mapErrorNow(DiagnosticBlock.evaluate(block, Protocol.study), (e) =>
    violation("blockPain", e.block === "first" ? ["nrsBefore"] : ["comparative", "nrsBefore"], e.message, {
      min: 1
    })
  )

/**
 * A visit's ODI must be scorable, its analgesics classifiable and its boxes true to the drugs named: every
 * one of these refused at once, each issue at its field.
 */
export const checkVisit = (visit: Model.FollowUpVisit) =>
  together([
    mapErrorNow(Odi.score(visit.odiAnswers), (e) =>
      e._tag === "OdiInvalidAnswers"
        ? e.section === null
          ? violation("answerCount", ["odiAnswers"], e.message, { count: Odi.sections.length })
          : violation("range", ["odiAnswers", e.section - 1], e.message, { min: 0, max: 5, integer: true })
        : violation("odi", ["odiAnswers"], e.message, { missing: e.missing, maxMissing: 1 })
    ),
    mapErrorNow(Analgesics.check(visit.analgesics), (e) => {
      if (e._tag === "AnalgesicContradiction")
        return violation("analgesicContradiction", ["analgesics", e.category], e.message, {
          drug: e.drug,
          category: e.category
        })
      const index = visit.analgesics.drugs.findIndex((d) => e.drugs.includes(d))
      return violation("analgesic", ["analgesics", "drugs", Math.max(0, index)], e.message, {
        drugs: e.drugs
      })
    })
  ])

/**
 * A recorded procedure must be one the freeze protocol allows (the domain replays it): a 422 naming the
 * field of every refused lesion, e.g. `lesions.2.freezeCycles.0.endedAt`.
 */
export const checkProcedure = (procedure: Model.Procedure) =>
  mapErrorNow(
    voidNow(FreezeProtocol.replayRecorded(procedure, Protocol.study)),
    (e) =>
      new RuleViolation({
        message: e.message,
        issues: e.issues.map(({ path, message, step }) =>
          Issues.rule("freezeProtocol", path, message, { step: step._tag })
        )
      })
  )
