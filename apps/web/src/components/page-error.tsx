import { useLocation } from "@solidjs/router"
import { createEffect, type JSX, on } from "solid-js"
import { ApiError } from "../api/client"

const title = (error: unknown): string =>
  error instanceof ApiError
    ? error.status === 404
      ? "Not found"
      : error.status === 403
        ? "Not allowed"
        : error.status === 0
          ? "The API cannot be reached"
          : error.status === 422
            ? "Not computable from these records"
            : "The API refused the request"
    : "Something went wrong"

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
        Try again
      </button>
    </section>
  )
}
