import { useLocation } from "@solidjs/router"
import { createEffect, type JSX, on } from "solid-js"
import { ApiError } from "../api/client"
import { t } from "../i18n"

const title = (error: unknown): string =>
  error instanceof ApiError
    ? error.status === 404
      ? t("shell.pageError.notFound")
      : error.status === 403
        ? t("shell.pageError.notAllowed")
        : error.status === 0
          ? t("shell.pageError.unreachable")
          : error.status === 422
            ? t("shell.pageError.notComputable")
            : t("shell.pageError.refused")
    : t("shell.pageError.unexpected")

/** What a page shows when loading it failed: what happened, in the API's words, and a way to try again. */
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
  return (
    <section role="alert">
      <h1>{title(props.error)}</h1>
      <p>{props.error instanceof Error ? props.error.message : String(props.error)}</p>
      <button type="button" onClick={() => props.reset()}>
        {t("shell.pageError.tryAgain")}
      </button>
    </section>
  )
}
