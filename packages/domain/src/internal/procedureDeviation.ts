import { Schema } from "effect"
import { Side } from "../Model/Scales.js"
import { Level } from "../Protocol.js"

/** What a freeze cycle's deviations are made of: the measured and the protocol's numbers, by kind. */
export const cycleParams = {
  "target-not-reached": {
    targetC: Schema.Number,
    toleranceC: Schema.Number,
    coldestC: Schema.NullOr(Schema.Number)
  },
  "freeze-too-short": {
    seconds: Schema.Number,
    protocolSeconds: Schema.Number,
    toleranceSeconds: Schema.Number
  },
  "freeze-too-long": {
    seconds: Schema.Number,
    protocolSeconds: Schema.Number,
    toleranceSeconds: Schema.Number
  },
  "sensor-gap": {
    fromSeconds: Schema.Number,
    toSeconds: Schema.Number,
    gapSeconds: Schema.Number,
    maxGapSeconds: Schema.Number
  }
} as const

type CycleKind = keyof typeof cycleParams
type CycleParams<K extends CycleKind> = Schema.Struct.Type<(typeof cycleParams)[K]>

/** A deviation of one freeze cycle as data: its kind and the numbers behind it. */
export type CycleFinding = {
  [K in CycleKind]: { readonly kind: K; readonly params: CycleParams<K> }
}[CycleKind]

const fmt = (x: number): string => `${Math.round(x * 10) / 10}`

const cycleEnglish: { readonly [K in CycleKind]: (p: CycleParams<K>) => string } = {
  "target-not-reached": (p) =>
    `The tip never reached ${p.targetC} °C (within ${p.toleranceC} °C) during the freeze; ${p.coldestC === null ? "no temperature was recorded" : `the coldest was ${fmt(p.coldestC)} °C`}`,
  "freeze-too-short": (p) =>
    `The freeze lasted ${fmt(p.seconds)} s; the protocol asks for ${p.protocolSeconds} s ± ${p.toleranceSeconds} s`,
  "freeze-too-long": (p) =>
    `The freeze lasted ${fmt(p.seconds)} s; the protocol asks for ${p.protocolSeconds} s ± ${p.toleranceSeconds} s`,
  "sensor-gap": (p) =>
    `No telemetry from ${fmt(p.fromSeconds)} s to ${fmt(p.toSeconds)} s of the freeze (${fmt(p.gapSeconds)} s; at most ${p.maxGapSeconds} s allowed)`
}

/** A cycle's deviation as the English sentence the API sends. */
export const describeCycleFinding = (f: CycleFinding): string =>
  (cycleEnglish[f.kind] as (p: CycleFinding["params"]) => string)(f.params)

const lesionsPerSide = { lesions: Schema.Number, min: Schema.Number, max: Schema.Number }
/** The lesion's level; its side is the deviation's `side`, its index the deviation's `lesion`. */
const at = { level: Level }
/** The lesion's level and the cycle's index in it (from 0, like `lesion`). */
const inCycle = { level: Level, cycle: Schema.Number }

/** The facts behind each kind of procedure deviation. */
export const summaryParams = {
  "no-lesions": {},
  "too-few-lesions": lesionsPerSide,
  "too-many-lesions": lesionsPerSide,
  "level-not-covered": { level: Level, levels: Schema.Array(Level) },
  "lesion-on-untreated-side": at,
  "freeze-cycles-out-of-range": { ...at, cycles: Schema.Number, min: Schema.Number, max: Schema.Number },
  "target-not-reached": { ...inCycle, ...cycleParams["target-not-reached"] },
  "freeze-too-short": { ...inCycle, ...cycleParams["freeze-too-short"] },
  "freeze-too-long": { ...inCycle, ...cycleParams["freeze-too-long"] },
  "sensor-gap": { ...inCycle, ...cycleParams["sensor-gap"] }
} as const

type SummaryKind = keyof typeof summaryParams

const member = <K extends SummaryKind>(kind: K) =>
  Schema.Struct({
    kind: Schema.Literal(kind),
    side: Schema.NullOr(Side),
    lesion: Schema.NullOr(Schema.Number),
    params: Schema.Struct(summaryParams[kind]),
    message: Schema.String
  })

/** Every kind of procedure deviation with its params, as one tagged union (on `kind`). */
export const summaryDeviation = Schema.Union(
  member("no-lesions"),
  member("too-few-lesions"),
  member("too-many-lesions"),
  member("level-not-covered"),
  member("lesion-on-untreated-side"),
  member("freeze-cycles-out-of-range"),
  member("target-not-reached"),
  member("freeze-too-short"),
  member("freeze-too-long"),
  member("sensor-gap")
)

type Deviation = typeof summaryDeviation.Type
type Unworded<K extends SummaryKind> = Omit<Extract<Deviation, { kind: K }>, "message">
/** A procedure deviation before it is worded. */
export type UnwordedDeviation = { [K in SummaryKind]: Unworded<K> }[SummaryKind]

const sideName = (side: Side | null) =>
  side === null ? "" : `${side[0]!.toUpperCase()}${side.slice(1)} side`
const lesionName = (d: { readonly lesion: number | null; readonly side: Side | null }, level: Level) =>
  `Lesion ${(d.lesion ?? 0) + 1} (${level} ${d.side ?? ""})`
const inCycleOf = (
  d:
    | Unworded<"sensor-gap">
    | Unworded<"target-not-reached">
    | Unworded<"freeze-too-short">
    | Unworded<"freeze-too-long">
) =>
  `${lesionName(d, d.params.level)}, cycle ${d.params.cycle + 1}: ${describeCycleFinding(d as CycleFinding)}`
const count = (d: Unworded<"too-few-lesions"> | Unworded<"too-many-lesions">) =>
  `${sideName(d.side)}: ${d.params.lesions} lesions; the protocol asks for ${d.params.min}–${d.params.max} a side`

const summaryEnglish: { readonly [K in SummaryKind]: (d: Unworded<K>) => string } = {
  "no-lesions": () => "No lesion was completed in this procedure",
  "too-few-lesions": count,
  "too-many-lesions": count,
  "level-not-covered": (d) =>
    `${sideName(d.side)}: no lesion at ${d.params.level} (the protocol covers ${d.params.levels.join(", ")})`,
  "lesion-on-untreated-side": (d) =>
    `${lesionName(d, d.params.level)} is on a side not planned for treatment`,
  "freeze-cycles-out-of-range": (d) =>
    `${lesionName(d, d.params.level)} had ${d.params.cycles} freeze-thaw cycles; the protocol allows ${d.params.min}–${d.params.max}`,
  "target-not-reached": inCycleOf,
  "freeze-too-short": inCycleOf,
  "freeze-too-long": inCycleOf,
  "sensor-gap": inCycleOf
}

/** A procedure deviation as the English sentence the API sends (`message`). */
export const describeSummaryDeviation = (d: UnwordedDeviation): string =>
  (summaryEnglish[d.kind] as (d: UnwordedDeviation) => string)(d)
