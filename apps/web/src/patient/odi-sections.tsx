import { Odi } from "@cryoreg/domain"
import { Effect, Either } from "effect"
import { For, type JSX, Match, Switch } from "solid-js"
import type { Form, Values } from "../forms/form"
import type { FieldErrors } from "../forms/issues"
import { wordIssue } from "../forms/words"
import { num, t } from "../i18n"

/** The ten ODI answers of a form's values ("odiAnswers.0" … "odiAnswers.9"), null where unanswered. */
export const odiAnswers = (v: Values): Array<number | null> =>
  Odi.sections.map((_, i) => {
    const a = v[`odiAnswers.${i}`]
    return typeof a === "string" && a !== "" ? Number(a) : null
  })

/** Scores the answers as the API will (`Odi.score`): the score, or why the form cannot be scored yet. */
export const liveScore = (answers: ReadonlyArray<number | null>) =>
  Effect.runSync(Effect.either(Odi.score(answers)))

const choices = ["0", "1", "2", "3", "4", "5"] as const

// The ODI as a whole, as its errors name it (the API refuses too few answers at the path "odiAnswers").
const odiLabel = { odiAnswers: "ODI" }

/**
 * The form's own check before sending: too many sections unanswered for `Odi.score`, as the API words it
 * (the issue `odi` at "odiAnswers"), so the refusal lands beside the ODI before anything is sent.
 */
export const odiErrors = (v: Values): FieldErrors =>
  Either.match(liveScore(odiAnswers(v)), {
    onLeft: (e): FieldErrors =>
      e._tag === "OdiTooManyMissingSections"
        ? {
            odiAnswers: wordIssue(
              {
                code: "odi",
                path: ["odiAnswers"],
                params: { missing: [...e.missing], maxMissing: 1 },
                message: e.message
              },
              odiLabel
            )
          }
        : {},
    onRight: () => ({})
  })

/** The ODI v2.1a entered section by section (0 = no difficulty … 5 = the most), scored as it is filled in. */
export function OdiSections(props: { readonly form: Form }): JSX.Element {
  const score = () => liveScore(odiAnswers(props.form.values()))
  props.form.label("odiAnswers", () => ({ label: odiLabel.odiAnswers }))
  return (
    <fieldset class="odi">
      <legend>{t("patients.odi.title")}</legend>
      <p class="hint">{t("patients.odi.hint")}</p>
      <div class="odi-grid">
        <For each={Odi.sections}>
          {(section, i) => {
            const key = `odiAnswers.${i()}`
            return (
              <fieldset class="odi-section" classList={{ invalid: props.form.error(key) !== undefined }}>
                <legend>
                  {i() + 1}. {t(`study.odiSection.${section}`)}
                </legend>
                <div class="radios">
                  <For each={choices}>
                    {(c) => (
                      <label>
                        <input
                          type="radio"
                          name={`${props.form.id}-${key}`}
                          value={c}
                          checked={props.form.text(key) === c}
                          onChange={() => props.form.set(key, c)}
                        />
                        {c}
                      </label>
                    )}
                  </For>
                  <label>
                    <input
                      type="radio"
                      name={`${props.form.id}-${key}`}
                      value=""
                      checked={props.form.text(key) === ""}
                      onChange={() => props.form.set(key, "")}
                    />
                    {t("patients.odi.unanswered")}
                  </label>
                </div>
                <small class="field-error" aria-live="polite">
                  {props.form.error(key) ?? ""}
                </small>
              </fieldset>
            )
          }}
        </For>
      </div>
      <small class="field-error" aria-live="polite" data-testid="odi-error">
        {props.form.errors().odiAnswers ?? ""}
      </small>
      <p class="odi-score" aria-live="polite" data-testid="odi-score">
        <Switch>
          <Match when={Either.isRight(score()) && Either.getOrThrow(score())}>
            {(s) => (
              <>
                {t("patients.odi.score")} <strong>{num(s().percent, 1)} %</strong> (
                {t(`study.odiBand.${s().band}`)})
              </>
            )}
          </Match>
          <Match when={Either.getLeft(score())._tag === "Some"}>
            <span class="muted">
              {Either.match(score(), {
                onLeft: (e) =>
                  e._tag === "OdiTooManyMissingSections"
                    ? t("patients.odi.tooManyMissing", { sections: e.missing.join(", ") })
                    : t("patients.odi.notScored"),
                onRight: () => ""
              })}
            </span>
          </Match>
        </Switch>
      </p>
    </fieldset>
  )
}
