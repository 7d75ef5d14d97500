import { Model } from "@cryoreg/domain"
import { t } from "./index"

/**
 * The study's time points and sides as the dashboard names them: the values are the domain's literals, the
 * words one dictionary section (`study.timepoint`, `study.side`), so every page and form says them alike.
 */

/** A time point in the chosen language ("3 months", "3 miesiące"). */
export const timepointLabel = (timepoint: Model.Timepoint): string => t(`study.timepoint.${timepoint}`)

/** The study's time points in order, as choices of a form. */
export const timepointOptions = (): Array<{ readonly value: Model.Timepoint; readonly label: string }> =>
  Model.Timepoint.literals.map((value) => ({ value, label: timepointLabel(value) }))

/** A side inside a sentence ("left", "both sides"). */
export const sideWord = (side: Model.TreatedSide): string => t(`study.side.${side}`)

/** A side on its own, as a choice or a table cell ("Left", "Both sides"). */
export const sideLabel = (side: Model.TreatedSide): string => {
  const word = sideWord(side)
  return `${word.charAt(0).toLocaleUpperCase()}${word.slice(1)}`
}

/**
 * Sides as choices of a form, from the domain's literals: `Model.TreatedSide.literals` for a treated side
 * (left, right, both), `Model.Side.literals` for a lesion's.
 */
export const sideOptions = <S extends Model.TreatedSide>(
  sides: ReadonlyArray<S>
): Array<{ readonly value: S; readonly label: string }> =>
  sides.map((value) => ({ value, label: sideLabel(value) }))
