/** Reading a diagnostic SIJ block: relief %, positive at the threshold, comparative-block verdict. */

import { Data, Effect, Exit, Schema } from "effect"
import {
  type BlockDeviationReason,
  blockDeviationField,
  describeBlockDeviation,
  BlockDeviationReason as Reason
} from "./internal/blockDeviation.js"
import { ComparativeReading, compare } from "./internal/comparativeBlock.js"
import type { BlockInjection, DiagnosticBlock } from "./Model/DiagnosticBlock.js"
import type { Protocol } from "./Protocol.js"

export {
  type BlockDeviationCode,
  BlockDeviationReason,
  describeBlockDeviation
} from "./internal/blockDeviation.js"
export {
  ComparativeReading,
  ComparativeReason,
  type ComparativeReasonCode,
  ComparativeVerdict,
  describeComparativeReason
} from "./internal/comparativeBlock.js"

/** The pain before a block was NRS 0: relief cannot be measured from no pain. */
export class NoPainBeforeBlock extends Data.TaggedError("NoPainBeforeBlock")<{
  readonly block: "first" | "comparative"
  readonly message: string
}> {}

/**
 * A way a block departed from the protocol: which field, the kind of departure as data (`code`, `params`)
 * and as an English sentence (`message`, `describeBlockDeviation`).
 */
export const BlockDeviation = Schema.extend(
  Schema.Struct({
    field: Schema.Literal(...Object.values(blockDeviationField)),
    message: Schema.String
  }),
  Reason
)
export type BlockDeviation = typeof BlockDeviation.Type

/** The reading of one injection: relief %, positive or not, and its deviations from the protocol. */
export const BlockReading = Schema.Struct({
  reliefPercent: Schema.Number,
  positive: Schema.Boolean,
  deviations: Schema.Array(BlockDeviation)
})
export type BlockReading = typeof BlockReading.Type

/** The evaluation of a diagnostic block and, when one was done, its comparative block. */
export const BlockEvaluation = Schema.Struct({
  ...BlockReading.fields,
  comparative: Schema.NullOr(Schema.extend(BlockReading, ComparativeReading))
})
export type BlockEvaluation = typeof BlockEvaluation.Type

/**
 * Relief of pain by a block, % = (NRS before − NRS after) / NRS before × 100 (negative when pain rose).
 *
 * @example
 * Effect.runSync(DiagnosticBlock.reliefPercent(8, 3)) // 62.5
 */
export const reliefPercent = (
  nrsBefore: number,
  nrsAfter: number
): Effect.Effect<number, NoPainBeforeBlock> =>
  nrsBefore === 0
    ? Effect.fail(
        new NoPainBeforeBlock({
          block: "first",
          message:
            "NRS before the block is 0: relief is (before − after) / before and needs pain before the block"
        })
      )
    : Effect.succeed(relief(nrsBefore, nrsAfter))

// The one formula of relief; callers check that there was pain before the block.
const relief = (nrsBefore: number, nrsAfter: number): number => (100 * (nrsBefore - nrsAfter)) / nrsBefore

/**
 * The block a patient's eligibility, status and study row rest on when several were done: the one that
 * relieved the pain most (a repeat block that relieved more supersedes an earlier one; of equal reliefs,
 * the later). A block with NRS 0 before it cannot show relief: it is decisive only when no block can
 * (the latest of them). `blocks` are in the order they were done; null when there is none.
 *
 * @example
 * DiagnosticBlock.decisive([block40, block70, block60]) // block70
 */
export const decisive = <B extends DiagnosticBlock>(blocks: ReadonlyArray<B>): B | null => {
  let best: B | null = null
  let bestRelief = Number.NEGATIVE_INFINITY
  for (const block of blocks) {
    if (block.nrsBefore === 0) continue
    const r = relief(block.nrsBefore, block.nrsAfter)
    if (r >= bestRelief) {
      best = block
      bestRelief = r
    }
  }
  return best ?? blocks.at(-1) ?? null
}

/** The relief of the decisive block (`decisive`), null when there is none or it cannot show relief. */
export const decisiveRelief = (blocks: ReadonlyArray<DiagnosticBlock>): number | null => {
  const block = decisive(blocks)
  return block === null || block.nrsBefore === 0 ? null : relief(block.nrsBefore, block.nrsAfter)
}

/** A relief % is positive when it reaches the protocol's threshold (the study: ≥ 50 %, so 50 % is positive). */
export const isPositive = (relief: number, protocol: Protocol): boolean =>
  relief >= protocol.inclusion.diagnosticBlockReliefPercentMin

const outside = (x: number, r: { readonly min: number; readonly max: number }) => x < r.min || x > r.max

const deviationOf = (reason: BlockDeviationReason): BlockDeviation =>
  ({
    ...reason,
    field: blockDeviationField[reason.code],
    message: describeBlockDeviation(reason)
  }) as BlockDeviation

const deviationsOf = (b: BlockInjection, protocol: Protocol, first: boolean): Array<BlockDeviation> => {
  const p = protocol.diagnosticBlock
  const out: Array<BlockDeviationReason> = []
  if (first && b.agent !== p.agent)
    out.push({ code: "otherAgent", params: { agent: b.agent, protocolAgent: p.agent } })
  if (first && b.concentrationPercent !== p.concentrationPercent)
    out.push({
      code: "otherConcentration",
      params: { percent: b.concentrationPercent, protocolPercent: p.concentrationPercent }
    })
  if (outside(b.volumeMl, p.volumeMl))
    out.push({
      code: "volumeOutOfRange",
      params: { ml: b.volumeMl, minMl: p.volumeMl.min, maxMl: p.volumeMl.max }
    })
  if (p.contrastRequired && !b.contrastConfirmed) out.push({ code: "contrastNotConfirmed", params: {} })
  if (outside(b.minutesAfter, p.assessAfterMinutes))
    out.push({
      code: "reassessedOutOfWindow",
      params: {
        minutes: b.minutesAfter,
        minMinutes: p.assessAfterMinutes.min,
        maxMinutes: p.assessAfterMinutes.max
      }
    })
  return out.map(deviationOf)
}

// decided at once (an Exit) when there was pain before the block: `evaluate` then runs without a fiber
const read = (
  b: BlockInjection,
  protocol: Protocol,
  first: boolean
): Effect.Effect<BlockReading, NoPainBeforeBlock> => {
  const relief = reliefPercent(b.nrsBefore, b.nrsAfter)
  const reading = (percent: number): BlockReading => ({
    reliefPercent: percent,
    positive: isPositive(percent, protocol),
    deviations: deviationsOf(b, protocol, first)
  })
  if (Exit.isExit(relief) && Exit.isSuccess(relief)) return Exit.succeed(reading(relief.value as number))
  return relief.pipe(
    Effect.mapError(
      (e) =>
        new NoPainBeforeBlock({
          block: first ? "first" : "comparative",
          message: `${first ? "first" : "comparative"} block: ${e.message}`
        })
    ),
    Effect.map(reading)
  )
}

/**
 * Reads a diagnostic SIJ block against the protocol: relief %, positive (≥ threshold), deviations in
 * agent, volume, contrast and timing; with a comparative block, the comparative verdict as well.
 *
 * @example
 * Effect.runSync(DiagnosticBlock.evaluate(block, Protocol.study)).positive // true for NRS 8 → 4
 */
export const evaluate = (
  block: DiagnosticBlock,
  protocol: Protocol
): Effect.Effect<BlockEvaluation, NoPainBeforeBlock> => {
  const combine = (first: BlockReading, second: BlockReading | null): BlockEvaluation => {
    const missing: Array<BlockDeviation> =
      protocol.diagnosticBlock.comparativeBlockRequired && second === null
        ? [deviationOf({ code: "noComparativeBlock", params: {} })]
        : []
    return {
      ...first,
      deviations: [...first.deviations, ...missing],
      comparative:
        second && block.comparative
          ? { ...second, ...compare(block, first.positive, block.comparative, second.positive) }
          : null
    }
  }
  const first = read(block, protocol, true)
  const second = block.comparative ? read(block.comparative, protocol, false) : Exit.succeed(null)
  // both readings decided (Exits): no fiber
  if (Exit.isExit(first) && Exit.isSuccess(first) && Exit.isExit(second) && Exit.isSuccess(second))
    return Exit.succeed(combine(first.value as BlockReading, second.value as BlockReading | null))
  return Effect.flatMap(first, (a) => Effect.map(second, (b) => combine(a, b)))
}
