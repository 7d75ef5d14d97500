import { A } from "@solidjs/router"
import { For, type JSX } from "solid-js"

/** The dashboard's pages in the order a study team walks them. */
export const pages = [
  { href: "/cohort", label: "Cohort" },
  { href: "/outcomes", label: "Outcomes" },
  { href: "/tables", label: "Tables" },
  { href: "/subgroups", label: "Subgroups" },
  { href: "/safety", label: "Safety" },
  { href: "/patients", label: "Patients" }
] as const

/** The main navigation; the current page is marked for assistive technology too. */
export function SiteNav(): JSX.Element {
  return (
    <nav aria-label="Main">
      <ul class="site-nav">
        <For each={pages}>
          {(p) => (
            <li>
              <A href={p.href} activeClass="active">
                {p.label}
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  )
}
