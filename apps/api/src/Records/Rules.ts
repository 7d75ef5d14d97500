import type { Issue } from "@cryoreg/contract"
import { Analgesics, DiagnosticBlock, FreezeProtocol, type Model, Odi, Protocol } from "@cryoreg/domain"
import { Effect, ParseResult, type Schema } from "effect"
import { InvalidRequest, RuleViolation } from "../Errors.js"

/** Decodes a whole record (after a correction merged into it) with its domain Schema, or says what is wrong. */
export const decodeRecord = <A, I>(schema: Schema.Schema<A, I, never>, value: unknown) =>
  ParseResult.decodeUnknown(schema, { onExcessProperty: "error" })(value).pipe(
    Effect.mapError((error) => {
      const issues: Array<Issue> = ParseResult.ArrayFormatter.formatIssueSync(error).map((i) => ({
        path: i.path.map((p) => (typeof p === "number" ? p : String(p))),
        message: i.message
      }))
      return new InvalidRequest({
        message: issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
        issues
      })
    })
  )

const violation = (path: ReadonlyArray<string | number>, message: string) =>
  new RuleViolation({ message, issues: [{ path, message }] })

/** A block needs pain before it: relief is (before − after) / before. */
export const checkBlock = (block: Model.DiagnosticBlock) =>
  DiagnosticBlock.evaluate(block, Protocol.study).pipe(
    Effect.mapError((e) =>
      violation(e.block === "first" ? ["nrsBefore"] : ["comparative", "nrsBefore"], e.message)
    )
  )

/** A visit's ODI must be scorable, its analgesics classifiable and its boxes true to the drugs named. */
export const checkVisit = (visit: Model.FollowUpVisit) =>
  Effect.gen(function* () {
    yield* Odi.score(visit.odiAnswers).pipe(
      Effect.mapError((e) =>
        violation(
          e._tag === "OdiInvalidAnswers" && e.section !== null
            ? ["odiAnswers", e.section - 1]
            : ["odiAnswers"],
          e.message
        )
      )
    )
    yield* Analgesics.check(visit.analgesics).pipe(
      Effect.mapError((e) => {
        if (e._tag === "AnalgesicContradiction") return violation(["analgesics", e.category], e.message)
        const index = visit.analgesics.drugs.findIndex((d) => e.drugs.includes(d))
        return violation(["analgesics", "drugs", Math.max(0, index)], e.message)
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
          issues: e.issues.map(({ path, message }) => ({ path, message }))
        })
    )
  )
