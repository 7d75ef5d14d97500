import type { JSX } from "solid-js"

/** The tables page. */
export default function Page(): JSX.Element {
  return <h1>tables</h1>
}
