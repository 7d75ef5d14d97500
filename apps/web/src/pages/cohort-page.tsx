import type { JSX } from "solid-js"

/** The cohort page. */
export default function Page(): JSX.Element {
  return <h1>cohort</h1>
}
