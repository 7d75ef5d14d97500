import type { JSX } from "solid-js"

/** The safety page. */
export default function Page(): JSX.Element {
  return <h1>safety</h1>
}
