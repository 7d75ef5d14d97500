import { A, useLocation } from "@solidjs/router"
import { createEffect, type JSX, on, Show } from "solid-js"
import { t } from "../i18n"
import { pageProblem } from "./page-problem"

/** What a page shows when loading it failed: what happened in the user's words, and a way on. */
export function PageError(props: { readonly error: unknown; readonly reset: () => void }): JSX.Element {
  const location = useLocation()
  // Leaving the page clears the error, so the next page renders.
  createEffect(
    on(
      () => location.pathname,
      () => props.reset(),
      { defer: true }
    )
  )
  const problem = () => pageProblem(props.error, location.pathname)
  return (
    <section role="alert" data-page="page-error">
      <h1>{problem().title}</h1>
      <p>{problem().text}</p>
      <Show when={problem().back}>
        {(back) => (
          <p>
            <A href={back().href}>{back().label}</A>
          </p>
        )}
      </Show>
      <Show when={problem().retry}>
        <button type="button" onClick={() => props.reset()}>
          {t("shell.pageError.tryAgain")}
        </button>
      </Show>
    </section>
  )
}
