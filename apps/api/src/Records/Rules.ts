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
import { Effect, Option, ParseResult, type Schema } from "effect"
import { InvalidRequest, RuleViolation } from "../Errors.js"

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
  DiagnosticBlock.evaluate(block, Protocol.study).pipe(
    Effect.mapError((e) =>
      violation("blockPain", e.block === "first" ? ["nrsBefore"] : ["comparative", "nrsBefore"], e.message, {
        min: 1
      })
    )
  )

/** A visit's ODI must be scorable, its analgesics classifiable and its boxes true to the drugs named. */
export const checkVisit = (visit: Model.FollowUpVisit) =>
  Effect.gen(function* () {
    yield* Odi.score(visit.odiAnswers).pipe(
      Effect.mapError((e) =>
        e._tag === "OdiInvalidAnswers"
          ? e.section === null
            ? violation("answerCount", ["odiAnswers"], e.message, { count: Odi.sections.length })
            : violation("range", ["odiAnswers", e.section - 1], e.message, { min: 0, max: 5, integer: true })
          : violation("odi", ["odiAnswers"], e.message, { missing: e.missing, maxMissing: 1 })
      )
    )
    yield* Analgesics.check(visit.analgesics).pipe(
      Effect.mapError((e) => {
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
    )
  })

/**
 * A recorded procedure must be one the freeze protocol allows (the domain replays it): a 422 naming the
 * field of every refused lesion, e.g. `lesions.2.freezeCycles.0.endedAt`.
 */
export const checkProcedure = (procedure: Model.Procedure) =>
  FreezeProtocol.replayRecorded(procedure, Protocol.study).pipe(
    Effect.asVoid,
    Effect.mapError(
      (e) =>
        new RuleViolation({
          message: e.message,
          issues: e.issues.map(({ path, message, step }) =>
            Issues.rule("freezeProtocol", path, message, { step: step._tag })
          )
        })
    )
  )

/**
 * Independent rules of one write, each run whatever the others find: one refusal with every issue (a
 * procedure on the wrong side and in the future says both at once), the rules staying where they are.
 */
export const allRules = <R>(...checks: ReadonlyArray<Effect.Effect<void, RuleViolation, R>>) =>
  Effect.all(checks, { mode: "validate", discard: true }).pipe(
    Effect.mapError((failed) => {
      const found = failed.flatMap((e) => (Option.isSome(e) ? [e.value] : []))
      return new RuleViolation({
        message: found.map((e) => e.message).join("; "),
        issues: found.flatMap((e) => e.issues)
      })
    })
  )
