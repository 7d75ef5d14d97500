import type { JSX } from "solid-js"

/** The live-procedure page. */
export default function Page(): JSX.Element {
  return <h1>live-procedure</h1>
}
