import type { JSX } from "solid-js"

/** The patient page. */
export default function Page(): JSX.Element {
  return <h1>patient</h1>
}
