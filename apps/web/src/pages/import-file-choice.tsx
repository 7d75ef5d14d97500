import { createSignal, type JSX } from "solid-js"
import { t } from "../i18n"

/**
 * A file to upload, chosen with a button and named beside it in the user's language (a browser words its own
 * file input in the language of its installation, not the dashboard's).
 */
export function ImportFileChoice(props: {
  readonly id: string
  readonly label: string
  readonly accept: string
  readonly onChoose: (file: File | undefined) => void
}): JSX.Element {
  const [name, setName] = createSignal<string | null>(null)
  return (
    <div class="field file-choice">
      <label for={props.id}>{props.label}</label>
      <div class="file-choice-row">
        <input
          id={props.id}
          class="visually-hidden"
          type="file"
          accept={props.accept}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            setName(file?.name ?? null)
            props.onChoose(file)
          }}
        />
        <label for={props.id} class="button secondary">
          {t("imports.chooseButton")}
        </label>
        <span class={name() === null ? "hint" : "file-name"}>{name() ?? t("imports.noFile")}</span>
      </div>
    </div>
  )
}
