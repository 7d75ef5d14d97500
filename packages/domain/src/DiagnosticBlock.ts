import { Data, Effect } from "effect"
import { type ComparativeReading, compare } from "./internal/comparativeBlock.js"
import type { BlockInjection, DiagnosticBlock } from "./Model/DiagnosticBlock.js"
import type { Protocol } from "./Protocol.js"

export type { ComparativeReading, ComparativeVerdict } from "./internal/comparativeBlock.js"

/** The pain before a block was NRS 0: relief cannot be measured from no pain. */
export class NoPainBeforeBlock extends Data.TaggedError("NoPainBeforeBlock")<{
  readonly block: "first" | "comparative"
  readonly message: string
}> {}

/** A way a block departed from the protocol: which field, and what the protocol asks for. */
export interface BlockDeviation {
  readonly field:
    | "agent"
    | "concentrationPercent"
    | "volumeMl"
    | "contrastConfirmed"
    | "minutesAfter"
    | "comparative"
  readonly message: string
}

/** The reading of one injection: relief %, positive or not, and its deviations from the protocol. */
export interface BlockReading {
  readonly reliefPercent: number
  readonly positive: boolean
  readonly deviations: ReadonlyArray<BlockDeviation>
}

/** The evaluation of a diagnostic block and, when one was done, its comparative block. */
export interface BlockEvaluation extends BlockReading {
  readonly comparative: (BlockReading & ComparativeReading) | null
}

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

const deviationsOf = (b: BlockInjection, protocol: Protocol, first: boolean): Array<BlockDeviation> => {
  const p = protocol.diagnosticBlock
  const out: Array<BlockDeviation> = []
  if (first && b.agent !== p.agent)
    out.push({ field: "agent", message: `agent was ${b.agent}; the protocol uses ${p.agent}` })
  if (first && b.concentrationPercent !== p.concentrationPercent)
    out.push({
      field: "concentrationPercent",
      message: `concentration was ${b.concentrationPercent} %; the protocol uses ${p.concentrationPercent} %`
    })
  if (outside(b.volumeMl, p.volumeMl))
    out.push({
      field: "volumeMl",
      message: `volume was ${b.volumeMl} ml; the protocol injects ${p.volumeMl.min}–${p.volumeMl.max} ml`
    })
  if (p.contrastRequired && !b.contrastConfirmed)
    out.push({
      field: "contrastConfirmed",
      message: "intra-articular spread was not confirmed with contrast; the protocol requires it"
    })
  if (outside(b.minutesAfter, p.assessAfterMinutes))
    out.push({
      field: "minutesAfter",
      message: `pain was reassessed ${b.minutesAfter} min after the injection; the protocol reassesses at ${p.assessAfterMinutes.min}–${p.assessAfterMinutes.max} min`
    })
  return out
}

const read = (b: BlockInjection, protocol: Protocol, first: boolean) =>
  reliefPercent(b.nrsBefore, b.nrsAfter).pipe(
    Effect.mapError(
      (e) =>
        new NoPainBeforeBlock({
          block: first ? "first" : "comparative",
          message: `${first ? "first" : "comparative"} block: ${e.message}`
        })
    ),
    Effect.map(
      (relief): BlockReading => ({
        reliefPercent: relief,
        positive: isPositive(relief, protocol),
        deviations: deviationsOf(b, protocol, first)
      })
    )
  )

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
): Effect.Effect<BlockEvaluation, NoPainBeforeBlock> =>
  Effect.gen(function* () {
    const first = yield* read(block, protocol, true)
    const second = block.comparative ? yield* read(block.comparative, protocol, false) : null
    const missing: Array<BlockDeviation> =
      protocol.diagnosticBlock.comparativeBlockRequired && second === null
        ? [{ field: "comparative", message: "no comparative block was done; this protocol requires one" }]
        : []
    return {
      ...first,
      deviations: [...first.deviations, ...missing],
      comparative:
        second && block.comparative
          ? { ...second, ...compare(block, first.positive, block.comparative, second.positive) }
          : null
    }
  })
