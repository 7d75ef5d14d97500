import { Schema } from "effect"
import { evaluateCycleFindings, recordedCycleFindings } from "../internal/cycleFindings.js"
import {
  describeSummaryDeviation as describe,
  summaryDeviation,
  type UnwordedDeviation
} from "../internal/procedureDeviation.js"
import type { FreezeCycle, TelemetrySample } from "../Model/Procedure.js"
import { Side, type TreatedSide } from "../Model/Scales.js"
import { Level, type Protocol } from "../Protocol.js"
import { CycleDeviationKind } from "./Cycle.js"

/** How a procedure strayed from the protocol: lesion counts, levels, cycles, or a cycle's telemetry. */
export const SummaryDeviationKind = Schema.Union(
  Schema.Literal(
    "no-lesions",
    "too-few-lesions",
    "too-many-lesions",
    "level-not-covered",
    "lesion-on-untreated-side",
    "freeze-cycles-out-of-range"
  ),
  CycleDeviationKind
)
export type SummaryDeviationKind = typeof SummaryDeviationKind.Type

/**
 * One deviation of a procedure: its `kind`, where it happened (side, lesion index), the facts behind it as
 * data (`params`: the lesion's level, the cycle's index, the measured and the protocol's numbers) and as an
 * English sentence for API users (`message`, `describeSummaryDeviation`).
 */
export const SummaryDeviation = summaryDeviation
export type SummaryDeviation = typeof SummaryDeviation.Type

/**
 * A procedure deviation as an English sentence (what the API sends as `message`).
 *
 * @example
 * FreezeProtocol.describeSummaryDeviation({ kind: "no-lesions", side: null, lesion: null, params: {} })
 * // "No lesion was completed in this procedure"
 */
export const describeSummaryDeviation: (d: UnwordedDeviation) => string = describe

/** Lesions per side, levels covered per side, cycles per lesion, and deviations against the protocol. */
export const ProcedureSummary = Schema.Struct({
  sides: Schema.Array(Side),
  lesionsPerSide: Schema.Struct({ left: Schema.Number, right: Schema.Number }),
  levelsCoveredPerSide: Schema.Struct({ left: Schema.Array(Level), right: Schema.Array(Level) }),
  freezeCyclesPerLesion: Schema.Array(Schema.Number),
  deviations: Schema.Array(SummaryDeviation)
})
export type ProcedureSummary = typeof ProcedureSummary.Type

/** A lesion as the summary reads it: a `Model.Lesion`, whose cycles may carry their telemetry. */
export interface SummarizedLesion {
  readonly side: Side
  readonly level: Level
  readonly freezeCycles: ReadonlyArray<FreezeCycle & { readonly samples?: ReadonlyArray<TelemetrySample> }>
}

/**
 * Summarizes the closed lesions of a procedure (a `FreezeProtocol` state or a `Model.Procedure`) against the
 * protocol: the one summary of a procedure, recorded or live. Deviations are reported, never failures. A
 * cycle with its telemetry is judged on it (`evaluateCycle`), one without on what was recorded of it
 * (`judgeRecordedCycle`). The sides judged are `treated`, else the procedure's side, else the sides that
 * have lesions.
 *
 * @example
 * FreezeProtocol.summarize(state, Protocol.study, "bilateral").deviations
 */
export const summarize = (
  input: { readonly side?: TreatedSide; readonly lesions: ReadonlyArray<SummarizedLesion> },
  protocol: Protocol,
  treated: TreatedSide | undefined = input.side
): ProcedureSummary => {
  const { cryo } = protocol
  const { lesions } = input
  const present = Side.literals.filter((side) => lesions.some((l) => l.side === side))
  const sides = treated === undefined ? present : treated === "bilateral" ? Side.literals : [treated]
  const perSide = (side: Side) => lesions.filter((l) => l.side === side)
  const covered = (side: Side) => cryo.levels.filter((level) => perSide(side).some((l) => l.level === level))
  const deviations: Array<SummaryDeviation> = []
  const add = (d: UnwordedDeviation) => deviations.push({ ...d, message: describe(d) } as SummaryDeviation)
  if (sides.length === 0) add({ kind: "no-lesions", side: null, lesion: null, params: {} })
  const { min, max } = cryo.lesionsPerSide
  for (const side of sides) {
    const lesions = perSide(side).length
    if (lesions < min) add({ kind: "too-few-lesions", side, lesion: null, params: { lesions, min, max } })
    if (lesions > max) add({ kind: "too-many-lesions", side, lesion: null, params: { lesions, min, max } })
    for (const level of cryo.levels)
      if (!covered(side).includes(level))
        add({ kind: "level-not-covered", side, lesion: null, params: { level, levels: cryo.levels } })
  }
  lesions.forEach((lesion, i) => {
    const { side, level } = lesion
    if (!sides.includes(side)) add({ kind: "lesion-on-untreated-side", side, lesion: i, params: { level } })
    const cycles = lesion.freezeCycles.length
    const allowed = cryo.freezeCyclesPerLesion
    if (cycles < allowed.min || cycles > allowed.max)
      add({
        kind: "freeze-cycles-out-of-range",
        side,
        lesion: i,
        params: { level, cycles, min: allowed.min, max: allowed.max }
      })
    lesion.freezeCycles.forEach((c, cycle) => {
      const found =
        c.samples === undefined
          ? recordedCycleFindings(c, protocol)
          : evaluateCycleFindings(c.samples, protocol, c).findings
      for (const f of found)
        add({ kind: f.kind, side, lesion: i, params: { ...f.params, level, cycle } } as UnwordedDeviation)
    })
  })
  return {
    sides,
    lesionsPerSide: { left: perSide("left").length, right: perSide("right").length },
    levelsCoveredPerSide: { left: covered("left"), right: covered("right") },
    freezeCyclesPerLesion: lesions.map((l) => l.freezeCycles.length),
    deviations
  }
}
