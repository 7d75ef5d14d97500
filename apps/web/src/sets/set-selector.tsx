import { For, type JSX, Show } from "solid-js"
import { date, t } from "../i18n"
import { type ChosenSet, liveRegistry, setName } from "./analysis-set"
import { NewSetForm } from "./new-set-form"

/**
 * Chooses the analysis set a page is computed from (kept in the URL's `?set=`), shows the chosen set's
 * size, date and hash, and freezes a new one from a selection.
 */
export function SetSelector(props: { readonly chosen: ChosenSet }): JSX.Element {
  return (
    <section class="card set-selector" aria-labelledby="set-selector-title">
      <h2 id="set-selector-title" class="visually-hidden">
        {t("analysis.sets.title")}
      </h2>
      <div class="field">
        <label for="analysis-set">{t("analysis.sets.computedFrom")}</label>
        <select
          id="analysis-set"
          onChange={(e) => props.chosen.choose(e.currentTarget.value as typeof liveRegistry)}
        >
          <option value={liveRegistry} selected={props.chosen.id() === undefined}>
            {t("analysis.sets.live")}
          </option>
          <For each={props.chosen.sets() ?? []}>
            {(s) => (
              // `selected` on each option: the list arrives after the select is made.
              <option value={s.id} selected={s.id === props.chosen.id()}>
                {t("analysis.sets.option", { name: setName(s), n: s.n, day: date(s.createdAt) })}
              </option>
            )}
          </For>
        </select>
      </div>
      <Show when={props.chosen.set()} fallback={<p class="muted">{t("analysis.sets.liveNote")}</p>}>
        {(s) => (
          <p data-set-summary>
            {t("analysis.sets.frozen", { n: s().n, day: date(s().createdAt), by: s().createdBy })}{" "}
            <code class="hash">{s().sha256}</code>
          </p>
        )}
      </Show>
      <NewSetForm made={(id) => props.chosen.choose(id)} />
    </section>
  )
}
