import type { JSX } from "solid-js"

/** The outcomes page. */
export default function Page(): JSX.Element {
  return <h1>outcomes</h1>
}
