import { Schema } from "effect"
import type { FreezeCycle, TelemetrySample } from "../Model/Procedure.js"
import { Side, type TreatedSide } from "../Model/Scales.js"
import { Level, type Protocol } from "../Protocol.js"
import { CycleDeviationKind, evaluateCycle, judgeRecordedCycle } from "./Cycle.js"

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

/** One deviation of a procedure, where it happened (side, lesion index) and a sentence for the clinician. */
export const SummaryDeviation = Schema.Struct({
  kind: SummaryDeviationKind,
  side: Schema.NullOr(Side),
  lesion: Schema.NullOr(Schema.Number),
  message: Schema.String
})
export type SummaryDeviation = typeof SummaryDeviation.Type

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
  const add = (kind: SummaryDeviationKind, side: Side | null, lesion: number | null, message: string) =>
    deviations.push({ kind, side, lesion, message })
  if (sides.length === 0) add("no-lesions", null, null, "No lesion was completed in this procedure")
  const wanted = `${cryo.lesionsPerSide.min}–${cryo.lesionsPerSide.max}`
  for (const side of sides) {
    const n = perSide(side).length
    const label = `${side[0]!.toUpperCase()}${side.slice(1)} side`
    if (n < cryo.lesionsPerSide.min)
      add("too-few-lesions", side, null, `${label}: ${n} lesions; the protocol asks for ${wanted} a side`)
    if (n > cryo.lesionsPerSide.max)
      add("too-many-lesions", side, null, `${label}: ${n} lesions; the protocol asks for ${wanted} a side`)
    for (const level of cryo.levels) {
      if (!covered(side).includes(level)) {
        add(
          "level-not-covered",
          side,
          null,
          `${label}: no lesion at ${level} (the protocol covers ${cryo.levels.join(", ")})`
        )
      }
    }
  }
  lesions.forEach((lesion, i) => {
    const where = `${lesion.level} ${lesion.side}`
    if (!sides.includes(lesion.side)) {
      add(
        "lesion-on-untreated-side",
        lesion.side,
        i,
        `Lesion ${i + 1} (${where}) is on a side not planned for treatment`
      )
    }
    const n = lesion.freezeCycles.length
    const { min, max } = cryo.freezeCyclesPerLesion
    if (n < min || n > max) {
      add(
        "freeze-cycles-out-of-range",
        lesion.side,
        i,
        `Lesion ${i + 1} (${where}) had ${n} freeze-thaw cycles; the protocol allows ${min}–${max}`
      )
    }
    lesion.freezeCycles.forEach((cycle, k) => {
      const found =
        cycle.samples === undefined
          ? judgeRecordedCycle(cycle, protocol)
          : evaluateCycle(cycle.samples, protocol, cycle).deviations
      for (const d of found)
        add(d.kind, lesion.side, i, `Lesion ${i + 1} (${where}), cycle ${k + 1}: ${d.message}`)
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
