/** Laterality: a procedure and its lesions on the patient's treated side. */

import { Data, Effect } from "effect"
import type { Side, TreatedSide } from "./Model/Scales.js"

/** A procedure or a lesion on a side the patient is not treated on. */
export class SideNotTreated extends Data.TaggedError("SideNotTreated")<{
  /** The field of the procedure: `["side"]` or `["lesions", i, "side"]`. */
  readonly path: ReadonlyArray<string | number>
  readonly side: TreatedSide
  readonly treatedSide: TreatedSide
  readonly message: string
}> {}

const sideName: Record<TreatedSide, string> = { left: "left", right: "right", bilateral: "both sides" }

/**
 * Whether a procedure on `side` fits a patient treated on `treatedSide`: a bilateral patient may have either
 * side or both; a one-sided patient that side only.
 *
 * @example
 * Laterality.fits("bilateral", "left") // true
 * Laterality.fits("left", "right") // false
 */
export const fits = (treatedSide: TreatedSide, side: TreatedSide | Side): boolean =>
  treatedSide === "bilateral" || side === treatedSide

type Sided = { readonly side: TreatedSide; readonly lesions?: ReadonlyArray<{ readonly side: Side }> }

/**
 * Every side of a procedure that is not the patient's treated side, and every lesion not on the procedure's
 * side, in order: a form names them all at once.
 *
 * @example
 * Laterality.problems("left", { side: "right", lesions: [{ side: "left" }] }) // SideNotTreated at ["side"], at ["lesions", 0, "side"]
 */
export const problems = (treatedSide: TreatedSide, procedure: Sided): ReadonlyArray<SideNotTreated> => {
  const out: Array<SideNotTreated> = []
  if (!fits(treatedSide, procedure.side))
    out.push(
      new SideNotTreated({
        path: ["side"],
        side: procedure.side,
        treatedSide,
        message: `the procedure's side (${sideName[procedure.side]}) is not the patient's treated side (${sideName[treatedSide]})`
      })
    )
  ;(procedure.lesions ?? []).forEach((lesion, index) => {
    if (!fits(procedure.side, lesion.side))
      out.push(
        new SideNotTreated({
          path: ["lesions", index, "side"],
          side: lesion.side,
          treatedSide: procedure.side,
          message: `lesion ${index + 1} is on the ${lesion.side} side, not on the procedure's side (${sideName[procedure.side]})`
        })
      )
  })
  return out
}

/**
 * Checks a procedure's side against the patient's treated side, and each lesion's side against the procedure's:
 * the first of `problems`.
 *
 * @example
 * Laterality.check("left", { side: "right", lesions: [] }) // SideNotTreated at ["side"]
 */
export const check = (treatedSide: TreatedSide, procedure: Sided): Effect.Effect<void, SideNotTreated> => {
  const first = problems(treatedSide, procedure)[0]
  return first === undefined ? Effect.void : Effect.fail(first)
}
