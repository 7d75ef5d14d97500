import { Analgesics, Model } from "@cryoreg/domain"
import { en } from "./en"
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

/** The components the dictionaries name (`study.drug`), each a generic name of the domain's table. */
type Component = keyof typeof en.study.drug
const isComponent = (part: string): part is Component => Object.hasOwn(en.study.drug, part)

/**
 * A drug as the chosen language names it, whether written by name or by ATC code: the domain's generic
 * name (`Analgesics.lookup`), each component by its international name in that language ("N02AJ13" and
 * "Tramadol + paracetamol 37.5/325 mg" are "paracetamol + tramadol"; "diclofenac" is Polish "diklofenak").
 * A drug the domain does not know is shown as written; an ATC code outside its table, as the code.
 */
export const drugName = (written: string): string => {
  const drug = Analgesics.lookup(written)
  if (drug === undefined) return written.trim()
  return drug.name
    .split("+")
    .map((part) => (isComponent(part) ? t(`study.drug.${part}`) : part))
    .join(" + ")
}

/**
 * An adverse event's type in words; one of type "other" with its description too ("other: dizziness", Polish
 * "inne: zawroty głowy"), else every "other" event reads alike.
 */
export const adverseEventKind = (e: {
  readonly type: Model.AdverseEventType
  readonly description?: string | undefined
}): string =>
  e.type === "other" && e.description !== undefined && e.description.trim() !== ""
    ? t("patients.adverseEvents.otherDescribed", { description: e.description.trim() })
    : t(`study.adverseEventType.${e.type}`)
