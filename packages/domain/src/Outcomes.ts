/** Outcomes: percent change from baseline, responder classes, visit windows. */

import { Data, Effect } from "effect"
import type { Timepoint } from "./Model/FollowUpVisit.js"
import type { Protocol } from "./Protocol.js"

/** A baseline of 0 has no percent change: the change is relative to the baseline. */
export class BaselineOfZero extends Data.TaggedError("BaselineOfZero")<{
  readonly measure: string
  readonly message: string
}> {}

/**
 * Percent change from baseline, (follow-up − baseline) / baseline × 100: negative when the value fell
 * (Table 2 prints NRS 7.4 → 3.6 as −51.4 %).
 *
 * @example
 * Effect.runSync(Outcomes.percentChange(8, 4)) // -50
 */
export const percentChange = (
  baseline: number,
  followUp: number,
  measure = "value"
): Effect.Effect<number, BaselineOfZero> =>
  baseline === 0
    ? Effect.fail(
        new BaselineOfZero({
          measure,
          message: `baseline ${measure} is 0: a percent change from baseline needs a baseline other than 0`
        })
      )
    : Effect.succeed((100 * (followUp - baseline)) / baseline)

/** Whether a patient reached each of the protocol's responder definitions at a follow-up visit. */
export interface ResponderClasses {
  /** NRS reduction from baseline, % (positive = less pain). */
  readonly nrsReductionPercent: number
  /** One entry per protocol threshold (the study: ≥ 50 % and ≥ 30 %), in protocol order. */
  readonly nrsReduction: ReadonlyArray<{ readonly atLeastPercent: number; readonly met: boolean }>
  /** NRS at follow-up at most the protocol's value (the study: NRS ≤ 2). */
  readonly nrsAtMost: { readonly atMost: number; readonly met: boolean }
  /** ODI improvement ≥ the MCID in percentage points; null when ODI was not given. */
  readonly odiMcid: {
    readonly points: number
    readonly improvementPoints: number
    readonly met: boolean
  } | null
}

/** ODI percentages (0–100, from `Odi.score`) at baseline and at the follow-up visit. */
export interface OdiPair {
  readonly baselinePercent: number
  readonly followUpPercent: number
}

/**
 * Responder classes of one patient at one follow-up (Table 4): ≥ 50 % and ≥ 30 % NRS reduction,
 * NRS ≤ 2, and, with ODI given, an ODI improvement of at least the MCID.
 *
 * @example
 * Effect.runSync(Outcomes.responder(8, 4, Protocol.study)).nrsReduction[0].met // true: exactly 50 %
 */
export const responder = (
  baselineNrs: number,
  followUpNrs: number,
  protocol: Protocol,
  odi?: OdiPair
): Effect.Effect<ResponderClasses, BaselineOfZero> =>
  Effect.map(percentChange(baselineNrs, followUpNrs, "NRS"), (change) => {
    const r = protocol.responders
    const improvement = odi ? odi.baselinePercent - odi.followUpPercent : 0
    return {
      nrsReductionPercent: -change,
      // Compared without division so that 8 → 4 is exactly 50 % whatever the rounding.
      nrsReduction: r.nrsReductionPercent.map((atLeast) => ({
        atLeastPercent: atLeast,
        met: 100 * (baselineNrs - followUpNrs) >= atLeast * baselineNrs
      })),
      nrsAtMost: { atMost: r.nrsAtMost, met: followUpNrs <= r.nrsAtMost },
      odiMcid: odi
        ? { points: r.odiMcidPoints, improvementPoints: improvement, met: improvement >= r.odiMcidPoints }
        : null
    }
  })

/** The visit window a visit falls in, or `outside` when it falls in none. */
export type VisitWindow = Timepoint | "outside"

/**
 * Assigns a visit to the protocol's window by days after the procedure (the study: baseline −90…0,
 * 3 months 75…105, 6 months 165…210, ends included); the first matching window wins if a protocol overlaps them.
 *
 * @example
 * Outcomes.visitWindow(91, Protocol.study) // "month3"
 */
export const visitWindow = (daysAfterProcedure: number, protocol: Protocol): VisitWindow => {
  const w = protocol.visitWindows
  for (const timepoint of ["baseline", "month3", "month6"] as const) {
    const r = w[timepoint]
    if (daysAfterProcedure >= r.min && daysAfterProcedure <= r.max) return timepoint
  }
  return "outside"
}

/** A visit recorded at one time point but done outside that time point's window. */
export class VisitOutsideWindow extends Data.TaggedError("VisitOutsideWindow")<{
  readonly timepoint: Timepoint
  readonly daysAfterProcedure: number
  readonly window: VisitWindow
  readonly message: string
}> {}

/**
 * Checks that a visit recorded as `timepoint` was done inside that time point's window.
 *
 * @example
 * Effect.runSync(Outcomes.checkVisitWindow({ timepoint: "month6", daysAfterProcedure: 180 }, Protocol.study))
 */
export const checkVisitWindow = (
  visit: { readonly timepoint: Timepoint; readonly daysAfterProcedure: number },
  protocol: Protocol
): Effect.Effect<Timepoint, VisitOutsideWindow> => {
  const window = visitWindow(visit.daysAfterProcedure, protocol)
  if (window === visit.timepoint) return Effect.succeed(window)
  const r = protocol.visitWindows[visit.timepoint]
  return Effect.fail(
    new VisitOutsideWindow({
      timepoint: visit.timepoint,
      daysAfterProcedure: visit.daysAfterProcedure,
      window,
      message: `a ${visit.timepoint} visit ${visit.daysAfterProcedure} days after the procedure is outside its window of ${r.min}…${r.max} days`
    })
  )
}
