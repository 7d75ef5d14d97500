import type { JSX } from "solid-js"

/** The patients page. */
export default function Page(): JSX.Element {
  return <h1>patients</h1>
}
