import { type JSX, Show } from "solid-js"
import { t } from "../i18n"

/** Says plainly that the registry holds the synthetic demo cohort, not patients. */
export function DemoBanner(props: { readonly demo: boolean | undefined }): JSX.Element {
  return (
    <Show when={props.demo === true}>
      <div class="demo-banner" role="note" aria-label={t("shell.demo.label")}>
        <strong>{t("shell.demo.strong")}</strong> {t("shell.demo.body")}
      </div>
    </Show>
  )
}
