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

/**
 * Checks a procedure's side against the patient's treated side, and each lesion's side against the procedure's.
 *
 * @example
 * Laterality.check("left", { side: "right", lesions: [] }) // SideNotTreated at ["side"]
 */
export const check = (
  treatedSide: TreatedSide,
  procedure: { readonly side: TreatedSide; readonly lesions?: ReadonlyArray<{ readonly side: Side }> }
): Effect.Effect<void, SideNotTreated> => {
  if (!fits(treatedSide, procedure.side))
    return Effect.fail(
      new SideNotTreated({
        path: ["side"],
        side: procedure.side,
        treatedSide,
        message: `the procedure's side (${sideName[procedure.side]}) is not the patient's treated side (${sideName[treatedSide]})`
      })
    )
  const index = (procedure.lesions ?? []).findIndex((l) => !fits(procedure.side, l.side))
  if (index >= 0)
    return Effect.fail(
      new SideNotTreated({
        path: ["lesions", index, "side"],
        side: procedure.lesions![index]!.side,
        treatedSide: procedure.side,
        message: `lesion ${index + 1} is on the ${procedure.lesions![index]!.side} side, not on the procedure's side (${sideName[procedure.side]})`
      })
    )
  return Effect.void
}
