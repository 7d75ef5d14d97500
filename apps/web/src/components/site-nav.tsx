import { clinicalRoles, importRoles, type Role } from "@cryoreg/contract"
import { A } from "@solidjs/router"
import { For, type JSX } from "solid-js"

/** The dashboard's pages in the order a study team walks them. */
export const pages = [
  { href: "/cohort", label: "Cohort" },
  { href: "/outcomes", label: "Outcomes" },
  { href: "/tables", label: "Tables" },
  { href: "/subgroups", label: "Subgroups" },
  { href: "/safety", label: "Safety" },
  { href: "/patients", label: "Patients", roles: clinicalRoles },
  { href: "/import", label: "Import", roles: importRoles }
] as const satisfies ReadonlyArray<{ href: string; label: string; roles?: ReadonlyArray<Role> }>

/** The main navigation; the current page is marked for assistive technology too. */
export function SiteNav(props: { readonly role: Role | undefined }): JSX.Element {
  const visible = () =>
    pages.filter((p) => !("roles" in p) || (props.role !== undefined && p.roles.includes(props.role)))
  return (
    <nav aria-label="Main">
      <ul class="site-nav">
        <For each={visible()}>
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
