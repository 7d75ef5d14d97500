import { For, type JSX, Show } from "solid-js"
import { type ChosenSet, liveRegistry } from "./analysis-set"
import { NewSetForm } from "./new-set-form"

const day = (instant: string) => instant.slice(0, 10)

/**
 * Chooses the analysis set a page is computed from (kept in the URL's `?set=`), shows the chosen set's
 * size, date and hash, and freezes a new one from a selection.
 */
export function SetSelector(props: { readonly chosen: ChosenSet }): JSX.Element {
  return (
    <section class="card set-selector" aria-labelledby="set-selector-title">
      <h2 id="set-selector-title" class="visually-hidden">
        Analysis set
      </h2>
      <div class="field">
        <label for="analysis-set">Computed from</label>
        <select
          id="analysis-set"
          onChange={(e) => props.chosen.choose(e.currentTarget.value as typeof liveRegistry)}
        >
          <option value={liveRegistry} selected={props.chosen.id() === undefined}>
            The live registry (every record as it is now)
          </option>
          <For each={props.chosen.sets() ?? []}>
            {(s) => (
              // `selected` on each option: the list arrives after the select is made.
              <option value={s.id} selected={s.id === props.chosen.id()}>
                {s.name} — {s.n} patients, frozen {day(s.createdAt)}
              </option>
            )}
          </For>
        </select>
      </div>
      <Show
        when={props.chosen.set()}
        fallback={<p class="muted">Later entries and corrections change these figures.</p>}
      >
        {(s) => (
          <p data-set-summary>
            Frozen analysis set: <strong>{s().n}</strong> patients, frozen on {day(s().createdAt)} by{" "}
            {s().createdBy}; later entries and corrections do not change it. SHA-256 of its rows:{" "}
            <code class="hash">{s().sha256}</code>
          </p>
        )}
      </Show>
      <NewSetForm made={(id) => props.chosen.choose(id)} />
    </section>
  )
}
