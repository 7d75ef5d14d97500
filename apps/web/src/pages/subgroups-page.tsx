import type { JSX } from "solid-js"

/** The subgroups page. */
export default function Page(): JSX.Element {
  return <h1>subgroups</h1>
}
