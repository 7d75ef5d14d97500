/** Eligibility: every inclusion and exclusion criterion of the study, and the verdict. */

import { Data, Effect, Either, Exit, Schema } from "effect"
import { decisive, isPositive, type NoPainBeforeBlock, reliefPercent } from "./DiagnosticBlock.js"
import { compare } from "./internal/comparativeBlock.js"
import { exclusions } from "./internal/exclusions.js"
import type { DiagnosticBlock } from "./Model/DiagnosticBlock.js"
import type { Sex } from "./Model/Patient.js"
import { ExclusionId, type Screening } from "./Model/Screening.js"
import type { Protocol } from "./Protocol.js"

/** The inclusion criteria of the study (Methods, Patient Population). */
export const InclusionId = Schema.Literal(
  "painDuration",
  "baselineNrs",
  "conservativeCareFailure",
  "positiveDiagnosticBlock",
  "imaging"
)
export type InclusionId = typeof InclusionId.Type

/**
 * One criterion as a screening form shows it. `met` says whether the patient passes it: for an
 * exclusion, `true` means the excluding condition is absent; `null` means the answer is still missing.
 */
export const Criterion = Schema.Struct({
  id: Schema.Union(InclusionId, ExclusionId),
  kind: Schema.Literal("inclusion", "exclusion"),
  met: Schema.NullOr(Schema.Boolean),
  text: Schema.String
})
export type Criterion = typeof Criterion.Type

/** `eligible` when every criterion is met, `ineligible` when any fails, otherwise `incomplete`. */
export const Verdict = Schema.Literal("eligible", "ineligible", "incomplete")
export type Verdict = typeof Verdict.Type

/** The verdict and every criterion behind it, inclusions first, in the study's order. */
export const Assessment = Schema.Struct({ verdict: Verdict, criteria: Schema.Array(Criterion) })
export type Assessment = typeof Assessment.Type

/**
 * Whether the exclusion "pregnancy" can be present in a patient of this sex: not in a male patient, whose
 * answer is "no" (neither "yes" nor "unknown", which would leave the verdict incomplete for ever).
 */
export const pregnancyPossible = (sex: Sex): boolean => sex === "female"

/** A male patient's screening answering the pregnancy question other than "no". */
export class PregnancyOfMalePatient extends Data.TaggedError("PregnancyOfMalePatient")<{
  readonly answer: string
  readonly message: string
}> {}

/**
 * Checks a screening's exclusion answers against the patient's sex (`pregnancyPossible`).
 *
 * @example
 * Effect.runSync(Effect.either(Eligibility.checkAnswersFor("male", screening))) // Left(PregnancyOfMalePatient) when "yes"
 */
export const checkAnswersFor = (
  sex: Sex,
  screening: Pick<Screening, "exclusions">
): Effect.Effect<void, PregnancyOfMalePatient> =>
  pregnancyPossible(sex) || screening.exclusions.pregnancy === "no"
    ? Effect.void
    : Effect.fail(
        new PregnancyOfMalePatient({
          answer: screening.exclusions.pregnancy,
          message: `the patient is male: pregnancy is answered "no", not "${screening.exclusions.pregnancy}"`
        })
      )

/** The screening and the block belong to different patients. */
export class BlockOfAnotherPatient extends Data.TaggedError("BlockOfAnotherPatient")<{
  readonly screeningPatientId: string
  readonly blockPatientId: string
  readonly message: string
}> {}

const atLeast = (id: InclusionId, value: number, min: number, what: string, unit: string): Criterion => ({
  id,
  kind: "inclusion",
  met: value >= min,
  text:
    value >= min
      ? `${what} ${value}${unit}: at least ${min}${unit} required.`
      : `${what} only ${value}${unit}: the protocol requires at least ${min}${unit}.`
})

// A relief's answer read off when it is decided already (`reliefPercent` answers `Effect.succeed` or
// `Effect.fail`), without a fiber: the import assesses every patient it adds.
const reliefOf = (nrsBefore: number, nrsAfter: number) => {
  const relief = reliefPercent(nrsBefore, nrsAfter)
  if (Exit.isExit(relief)) {
    const exit = relief as Exit.Exit<number, NoPainBeforeBlock>
    if (Exit.isSuccess(exit)) return Either.right(exit.value)
    if (exit.cause._tag === "Fail") return Either.left(exit.cause.error)
  }
  return Effect.runSync(Effect.either(relief))
}

const blockCriterion = (block: DiagnosticBlock | null, protocol: Protocol): Criterion => {
  const min = protocol.inclusion.diagnosticBlockReliefPercentMin
  const base = { id: "positiveDiagnosticBlock", kind: "inclusion" } as const
  if (block === null)
    return {
      ...base,
      met: null,
      text: `No diagnostic SIJ block recorded yet: at least ${min} % relief is required.`
    }
  const relief = reliefOf(block.nrsBefore, block.nrsAfter)
  if (relief._tag === "Left")
    return {
      ...base,
      met: false,
      text: "Pain before the diagnostic block was NRS 0: the block cannot show relief."
    }
  const positive = isPositive(relief.right, protocol)
  const shown = `Diagnostic SIJ block gave ${Math.round(relief.right * 10) / 10} % relief (NRS ${block.nrsBefore} → ${block.nrsAfter})`
  if (!positive) return { ...base, met: false, text: `${shown}: at least ${min} % is required.` }
  if (!protocol.diagnosticBlock.comparativeBlockRequired)
    return { ...base, met: true, text: `${shown}: positive (at least ${min} %).` }
  const c = block.comparative
  if (c === undefined)
    return {
      ...base,
      met: null,
      text: `${shown}, but the protocol also requires a comparative block, not yet recorded.`
    }
  const second = reliefOf(c.nrsBefore, c.nrsAfter)
  const reading = compare(block, true, c, second._tag === "Right" && isPositive(second.right, protocol))
  return {
    ...base,
    met: reading.verdict === "concordant" ? true : reading.verdict === "undetermined" ? null : false,
    text: `${shown}; comparative blocks ${reading.verdict}: ${reading.reason}.`
  }
}

const exclusionCriteria = (screening: Screening): Array<Criterion> =>
  exclusions.map(([id, condition]) => {
    const answer = screening.exclusions[id]
    return {
      id,
      kind: "exclusion",
      met: answer === "no" ? true : answer === "yes" ? false : null,
      text:
        answer === "no"
          ? `No ${condition.replace(/^an? /, "")}.`
          : answer === "yes"
            ? `Excluded: ${condition}.`
            : `Not yet known whether the patient has ${condition}: ask and record the answer.`
    }
  })

/** The verdict of a list of criteria: any failure makes it ineligible, any unknown incomplete. */
export const verdictOf = (criteria: ReadonlyArray<Criterion>): Verdict =>
  criteria.some((c) => c.met === false)
    ? "ineligible"
    : criteria.some((c) => c.met === null)
      ? "incomplete"
      : "eligible"

/**
 * Assesses a candidate against the protocol's inclusion and exclusion criteria; `block` is the
 * diagnostic SIJ block, or null when none has been done yet.
 *
 * @example
 * Effect.runSync(Eligibility.assess(screening, block, Protocol.study)).verdict // "eligible"
 */
export const assess = (
  screening: Screening,
  block: DiagnosticBlock | null,
  protocol: Protocol
): Effect.Effect<Assessment, BlockOfAnotherPatient> => {
  if (block !== null && block.patientId !== screening.patientId)
    return Effect.fail(
      new BlockOfAnotherPatient({
        screeningPatientId: screening.patientId,
        blockPatientId: block.patientId,
        message: `the block belongs to patient ${block.patientId}, the screening to ${screening.patientId}`
      })
    )
  const inc = protocol.inclusion
  const criteria: Array<Criterion> = [
    atLeast(
      "painDuration",
      screening.painDurationMonths,
      inc.painDurationMonthsMin,
      "Low back pain for",
      " months"
    ),
    atLeast("baselineNrs", screening.baselineNrs, inc.baselineNrsMin, "Baseline pain NRS", ""),
    atLeast(
      "conservativeCareFailure",
      screening.conservativeCareFailedMonths,
      inc.conservativeFailureMonthsMin,
      "Conservative care failed for",
      " months"
    ),
    blockCriterion(block, protocol),
    {
      id: "imaging",
      kind: "inclusion",
      met: !inc.imagingRequired || screening.imagingDone,
      text: !inc.imagingRequired
        ? "Imaging is not required by this protocol."
        : screening.imagingDone
          ? "MRI of the lumbar spine and SIJs done."
          : "MRI of the lumbar spine and SIJs not done: required to exclude other structural causes."
    },
    ...exclusionCriteria(screening)
  ]
  return Effect.succeed({ verdict: verdictOf(criteria), criteria })
}

/**
 * Assesses a patient from their screening and every diagnostic block done, on the block the study's rule
 * makes decisive (`DiagnosticBlock.decisive`: the greatest relief). The API's status, the study rows and
 * the dashboard all judge a patient through this one rule.
 *
 * @example
 * Effect.runSync(Eligibility.assessPatient(screening, [first, repeat], Protocol.study)).verdict
 */
export const assessPatient = (
  screening: Screening,
  blocks: ReadonlyArray<DiagnosticBlock>,
  protocol: Protocol
): Effect.Effect<Assessment, BlockOfAnotherPatient> => assess(screening, decisive(blocks), protocol)
