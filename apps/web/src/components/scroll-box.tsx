import type { JSX } from "solid-js"

/** A horizontally scrollable box for a wide table, reachable by keyboard so it can be scrolled without a mouse. */
export function ScrollBox(props: {
  readonly label: string
  readonly class?: string
  readonly children: JSX.Element
}): JSX.Element {
  return (
    <section class={`table-wrap ${props.class ?? ""}`} aria-label={props.label} tabindex="0">
      {props.children}
    </section>
  )
}
