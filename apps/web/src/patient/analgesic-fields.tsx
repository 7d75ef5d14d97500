import { Analgesics } from "@cryoreg/domain"
import { For, type JSX, Show } from "solid-js"
import { errorId, Field } from "../forms/field"
import type { Form, Values } from "../forms/form"
import type { FieldErrors } from "../forms/issues"
import { wordIssue } from "../forms/words"
import { locale, t } from "../i18n"
import { drugName } from "../i18n/study-words"

const drugsKey = "analgesics.drugs"
const boxKey = (category: Analgesics.StudyCategory) => `analgesics.${category}`

/** The drugs written in the field, one per comma. */
export const writtenDrugs = (text: string): Array<string> =>
  text
    .split(",")
    .map((d) => d.trim())
    .filter((d) => d !== "")

/** The generic names of the domain's table, each once. */
export const knownNames: ReadonlyArray<string> = [...new Set(Analgesics.table.map((d) => d.name))].sort()

/**
 * What the list of suggestions offers for the text typed so far: the drugs already written, then each
 * known name (the browser shows those that match what is being typed after the last comma).
 */
export const suggestions = (text: string): Array<string> => {
  const comma = text.lastIndexOf(",")
  const before = comma < 0 ? "" : `${text.slice(0, comma + 1).trimEnd()} `
  return knownNames.map((name) => `${before}${name}`)
}

/** The categories the drugs written belong to (unknown drugs and drugs in none of them left out). */
export const impliedCategories = (text: string): Set<Analgesics.StudyCategory> =>
  new Set(
    writtenDrugs(text).flatMap((written) => {
      const category = Analgesics.lookup(written)?.category
      return category === undefined || category === "none" ? [] : [category]
    })
  )

/** A drug and the category it counts in, as the form shows it. */
export const categoryNote = (written: string): string => {
  const drug = Analgesics.lookup(written)
  if (drug === undefined) return t("patients.analgesics.unknown", { drug: written })
  return t("patients.analgesics.note", {
    drug: drugName(written),
    kind: t(`study.analgesicKind.${drug.category}`),
    atc: drug.atc
  })
}

/**
 * The analgesics part of a visit: drugs by generic name or ATC code (the known names offered as the
 * user types, each drug's category shown), and the three category boxes. Naming a drug ticks its
 * category; unticking it while the drug is named is the contradiction the registry refuses, said
 * beside the box. A box ticked without a drug stands for a drug of that category whose name is unknown.
 */
/**
 * The form's own check before sending: drugs the domain does not know (`Analgesics.lookup`), worded as the
 * API's refusal (the issue `analgesic` naming the drugs), beside the drugs field.
 */
export const analgesicErrors = (v: Values): FieldErrors => {
  const drugs = writtenDrugs(String(v[drugsKey] ?? ""))
  const unknown = drugs.filter((d) => Analgesics.lookup(d) === undefined)
  if (unknown.length === 0) return {}
  const path = ["analgesics", "drugs", drugs.indexOf(unknown[0] ?? "")]
  const issue = { code: "analgesic", path, params: { drugs: unknown }, message: "" } as const
  return { [drugsKey]: wordIssue(issue, { [drugsKey]: t("patients.analgesics.drugsNamed") }) }
}

export function AnalgesicFields(props: { readonly form: Form }): JSX.Element {
  props.form.label(drugsKey, () => ({ label: t("patients.analgesics.drugsNamed") }))
  const id = () => `${props.form.id}-analgesics-drugs`
  const listId = () => `${id()}-names`
  const text = () => props.form.text(drugsKey)
  const contradiction = (category: Analgesics.StudyCategory) =>
    Analgesics.contradictions({
      drugs: writtenDrugs(text()),
      nsaids: props.form.checked(boxKey("nsaids")),
      combinationAnalgesics: props.form.checked(boxKey("combinationAnalgesics")),
      opioidContaining: props.form.checked(boxKey("opioidContaining"))
    })
      .filter((c) => c.category === category)
      // English keeps the domain's sentence (the API's refusal says the same); other languages word it here
      .map((c) =>
        locale() === "en"
          ? c.message
          : t("patients.analgesics.contradiction", {
              drug: c.drug,
              category: t(`study.analgesicCategory.${c.category}`)
            })
      )[0]
  const write = (next: string) => {
    const [was, is] = [impliedCategories(text()), impliedCategories(next)]
    props.form.set(drugsKey, next)
    for (const category of Analgesics.categories) {
      if (is.has(category) && !was.has(category)) props.form.set(boxKey(category), true)
      if (was.has(category) && !is.has(category)) props.form.set(boxKey(category), false)
    }
  }
  return (
    <fieldset>
      <legend>{t("fields.visit.analgesics")}</legend>
      <div class="fields">
        <Field
          id={id()}
          label={t("patients.analgesics.drugs")}
          error={props.form.error(drugsKey)}
          hint={t("patients.analgesics.hint")}
        >
          <input
            id={id()}
            name={drugsKey}
            type="text"
            list={listId()}
            autocomplete="off"
            value={text()}
            onInput={(e) => write(e.currentTarget.value)}
            aria-invalid={props.form.error(drugsKey) !== undefined}
            aria-describedby={`${errorId(id())} ${id()}-categories`}
          />
          <datalist id={listId()}>
            <For each={suggestions(text())}>{(s) => <option value={s} />}</For>
          </datalist>
        </Field>
        <For each={Analgesics.categories}>
          {(category) => {
            const boxId = () => `${props.form.id}-analgesics-${category}`
            const error = () => props.form.error(boxKey(category)) ?? contradiction(category)
            return (
              <div class="field" classList={{ invalid: error() !== undefined }}>
                <label class="checkbox" for={boxId()}>
                  <input
                    id={boxId()}
                    type="checkbox"
                    checked={props.form.checked(boxKey(category))}
                    onChange={(e) => props.form.set(boxKey(category), e.currentTarget.checked)}
                    aria-invalid={error() !== undefined}
                    aria-describedby={errorId(boxId())}
                  />
                  {t(`study.analgesicCategory.${category}`)}
                </label>
                <small id={errorId(boxId())} class="field-error" aria-live="polite">
                  {error() ?? ""}
                </small>
              </div>
            )
          }}
        </For>
      </div>
      <Show when={writtenDrugs(text()).length > 0}>
        <ul id={`${id()}-categories`} class="muted" aria-label={t("patients.analgesics.categories")}>
          <For each={writtenDrugs(text())}>{(d) => <li>{categoryNote(d)}</li>}</For>
        </ul>
      </Show>
    </fieldset>
  )
}
