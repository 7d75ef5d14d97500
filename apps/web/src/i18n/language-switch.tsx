import { For, type JSX } from "solid-js"
import { isLocale, languageNames, locale, locales, setLocale, t } from "."

/** Chooses the dashboard's language; each language is named in itself. */
export function LanguageSwitch(): JSX.Element {
  return (
    <label class="language-switch">
      <span class="visually-hidden">{t("shell.language")}</span>
      <select
        value={locale()}
        onChange={(e) => {
          const chosen = e.currentTarget.value
          if (isLocale(chosen)) setLocale(chosen)
        }}
      >
        <For each={locales}>
          {(l) => (
            <option value={l} lang={l}>
              {languageNames[l]}
            </option>
          )}
        </For>
      </select>
    </label>
  )
}
