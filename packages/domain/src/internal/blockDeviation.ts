import { Schema } from "effect"
import { LocalAnesthetic } from "../Model/LocalAnesthetic.js"

const deviation = <C extends string, P extends Schema.Struct.Fields>(code: C, params: P) =>
  Schema.Struct({ code: Schema.Literal(code), params: Schema.Struct(params) })

/** How a block departed from the protocol: a code (one per kind of departure) and the facts behind it. */
export const BlockDeviationReason = Schema.Union(
  deviation("otherAgent", { agent: LocalAnesthetic, protocolAgent: LocalAnesthetic }),
  deviation("otherConcentration", { percent: Schema.Number, protocolPercent: Schema.Number }),
  deviation("volumeOutOfRange", { ml: Schema.Number, minMl: Schema.Number, maxMl: Schema.Number }),
  deviation("contrastNotConfirmed", {}),
  deviation("reassessedOutOfWindow", {
    minutes: Schema.Number,
    minMinutes: Schema.Number,
    maxMinutes: Schema.Number
  }),
  deviation("noComparativeBlock", {})
)
export type BlockDeviationReason = typeof BlockDeviationReason.Type

/** The kinds of block deviation, one per sentence. */
export type BlockDeviationCode = BlockDeviationReason["code"]

type ParamsOf<C extends BlockDeviationCode> = Extract<BlockDeviationReason, { code: C }>["params"]

/** The field of the block each kind of deviation is about. */
export const blockDeviationField = {
  otherAgent: "agent",
  otherConcentration: "concentrationPercent",
  volumeOutOfRange: "volumeMl",
  contrastNotConfirmed: "contrastConfirmed",
  reassessedOutOfWindow: "minutesAfter",
  noComparativeBlock: "comparative"
} as const satisfies Record<BlockDeviationCode, string>

const english: { readonly [C in BlockDeviationCode]: (p: ParamsOf<C>) => string } = {
  otherAgent: (p) => `agent was ${p.agent}; the protocol uses ${p.protocolAgent}`,
  otherConcentration: (p) => `concentration was ${p.percent} %; the protocol uses ${p.protocolPercent} %`,
  volumeOutOfRange: (p) => `volume was ${p.ml} ml; the protocol injects ${p.minMl}–${p.maxMl} ml`,
  contrastNotConfirmed: () =>
    "intra-articular spread was not confirmed with contrast; the protocol requires it",
  reassessedOutOfWindow: (p) =>
    `pain was reassessed ${p.minutes} min after the injection; the protocol reassesses at ${p.minMinutes}–${p.maxMinutes} min`,
  noComparativeBlock: () => "no comparative block was done; this protocol requires one"
}

/**
 * A block deviation as an English sentence (what the API sends as `message`).
 *
 * @example
 * describeBlockDeviation({ code: "volumeOutOfRange", params: { ml: 5, minMl: 1, maxMl: 3 } })
 * // "volume was 5 ml; the protocol injects 1–3 ml"
 */
export const describeBlockDeviation = (d: BlockDeviationReason): string =>
  (english[d.code] as (p: BlockDeviationReason["params"]) => string)(d.params)
