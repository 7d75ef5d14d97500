import { createMemo, Index, type JSX } from "solid-js"
import type { Form } from "../forms/form"
import { t } from "../i18n"
import { LesionFields } from "./lesion-fields"
import {
  nextCycle,
  nextLesion,
  sameShape,
  shapeOf,
  withoutCycle,
  withoutLesion
} from "./procedure-form-values"

/**
 * The lesions of a procedure entered after the fact, as the form's values hold them (`shapeOf`): each with its
 * fields, "Add a lesion" (the previous one carried to the next level, `nextLesion`), and how many there are.
 * The form that enters a procedure and the one that corrects its lesions show the same list.
 */
export function LesionList(props: { readonly form: Form }): JSX.Element {
  const form = props.form
  const shape = createMemo(() => shapeOf(form.values()), [], { equals: sameShape })
  const addLesion = () => form.replace({ ...form.values(), ...nextLesion(form.values(), shape()) })
  const addCycle = (i: number) => form.replace({ ...form.values(), ...nextCycle(form.values(), shape(), i) })
  return (
    <>
      <Index each={shape()}>
        {(cycles, i) => (
          <LesionFields
            form={form}
            index={i}
            cycles={cycles()}
            lesions={shape().length}
            addCycle={() => addCycle(i)}
            removeCycle={(k) => form.replace(withoutCycle(form.values(), i, k))}
            remove={() => form.replace(withoutLesion(form.values(), i))}
          />
        )}
      </Index>
      <div class="toolbar">
        <button type="button" class="secondary" onClick={addLesion}>
          {t("procedure.form.addLesion")}
        </button>
        <span aria-live="polite">{t("procedure.form.lesionCount", { n: shape().length })}</span>
      </div>
    </>
  )
}
