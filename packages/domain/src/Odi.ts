/** Oswestry Disability Index v2.1a scoring. */

import { Data, Effect, Schema } from "effect"
import { allowed } from "./Model/Message.js"

/** The ten ODI v2.1a sections, in questionnaire order. */
export const sections = [
  "pain intensity",
  "personal care",
  "lifting",
  "walking",
  "sitting",
  "standing",
  "sleeping",
  "sex life",
  "social life",
  "travelling"
] as const

/** One section's answer: an integer 0–5, or `null` when the patient left the section unanswered. */
export const Answer = Schema.NullOr(
  Schema.Number.pipe(
    Schema.int({
      message: allowed("an ODI section answer is an integer from 0 to 5, or null when unanswered")
    }),
    Schema.between(0, 5, {
      message: allowed("an ODI section answer is an integer from 0 to 5, or null when unanswered")
    })
  )
)
export type Answer = typeof Answer.Type

/** The ten ODI v2.1a section answers, in questionnaire order (see `sections`). */
export const Answers = Schema.Array(Answer).pipe(
  Schema.itemsCount(10, { message: allowed("ODI v2.1a has exactly ten section answers") })
)
export type Answers = typeof Answers.Type

/** Disability band of an ODI percentage. */
export const Band = Schema.Literal("minimal", "moderate", "severe", "crippled", "bed-bound")
export type Band = typeof Band.Type

/** An ODI score: percent of the maximum over the sections answered, and its band. */
export const Score = Schema.Struct({ percent: Schema.Number, band: Band })
export type Score = typeof Score.Type

/** The answers are not ten section scores of 0–5 with at most one unanswered. */
export class OdiInvalidAnswers extends Data.TaggedError("OdiInvalidAnswers")<{
  readonly section: number | null
  readonly message: string
}> {}

/** Two or more sections were left unanswered: ODI v2.1a does not score the form. */
export class OdiTooManyMissingSections extends Data.TaggedError("OdiTooManyMissingSections")<{
  readonly missing: ReadonlyArray<number>
  readonly message: string
}> {}

/** The band of an ODI percentage (0–20 minimal, ≤ 40 moderate, ≤ 60 severe, ≤ 80 crippled). */
export const band = (percent: number): Band =>
  percent <= 20
    ? "minimal"
    : percent <= 40
      ? "moderate"
      : percent <= 60
        ? "severe"
        : percent <= 80
          ? "crippled"
          : "bed-bound"

// The score, or why the form cannot be scored: the one computation behind `score` and `scoreOrNull`.
const scored = (
  answers: ReadonlyArray<number | null>
): Score | OdiInvalidAnswers | OdiTooManyMissingSections => {
  if (answers.length !== sections.length) {
    return new OdiInvalidAnswers({
      section: null,
      message: `ODI needs exactly ${sections.length} section answers, got ${answers.length}`
    })
  }
  let total = 0
  const missing: Array<number> = []
  for (let i = 0; i < answers.length; i++) {
    const answer = answers[i]
    if (answer === null || answer === undefined) {
      missing.push(i + 1)
    } else if (!Number.isInteger(answer) || answer < 0 || answer > 5) {
      return new OdiInvalidAnswers({
        section: i + 1,
        message: `ODI section ${i + 1} (${sections[i]}) is ${answer}; answers are integers from 0 to 5`
      })
    } else {
      total += answer
    }
  }
  if (missing.length > 1) {
    return new OdiTooManyMissingSections({
      missing,
      message: `ODI sections ${missing.join(", ")} are unanswered; at most one may be missing`
    })
  }
  const percent = (total / (5 * (sections.length - missing.length))) * 100
  return { percent, band: band(percent) }
}

/**
 * Scores an ODI v2.1a form: total / (5 × sections answered) × 100.
 *
 * @example
 * Effect.runSync(Odi.score([2, 1, 3, 2, 2, 2, 1, null, 2, 2])) // { percent: 37.77…, band: "moderate" }
 */
export const score = (
  answers: ReadonlyArray<number | null>
): Effect.Effect<Score, OdiInvalidAnswers | OdiTooManyMissingSections> => {
  const result = scored(answers)
  return "percent" in result ? Effect.succeed(result) : Effect.fail(result)
}

/**
 * `score` as a plain value, null when the form cannot be scored: for the exports, which score every
 * visit and would otherwise run a fiber for each.
 *
 * @example
 * Odi.scoreOrNull([2, 1, 3, 2, 2, 2, 1, null, 2, 2])?.band // "moderate"
 */
export const scoreOrNull = (answers: ReadonlyArray<number | null>): Score | null => {
  const result = scored(answers)
  return "percent" in result ? result : null
}
