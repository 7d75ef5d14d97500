import { type JSX, Show } from "solid-js"

/** Says plainly that the registry holds the synthetic demo cohort, not patients. */
export function DemoBanner(props: { readonly demo: boolean | undefined }): JSX.Element {
  return (
    <Show when={props.demo === true}>
      <div class="demo-banner" role="note" aria-label="Demo data">
        <strong>Demo data.</strong> The registry holds the synthetic study cohort (calibrated to the paper's
        Tables 1–10), not real patients.
      </div>
    </Show>
  )
}
