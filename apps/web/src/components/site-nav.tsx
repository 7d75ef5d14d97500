import { Access, type Role } from "@cryoreg/contract"
import { A } from "@solidjs/router"
import { For, type JSX } from "solid-js"
import { t } from "../i18n"

const { adminRoles, clinicalRoles, importRoles } = Access

/** The dashboard's pages in the order a study team walks them. */
export const pages = [
  { href: "/cohort", label: "shell.nav.cohort" },
  { href: "/outcomes", label: "shell.nav.outcomes" },
  { href: "/tables", label: "shell.nav.tables" },
  { href: "/subgroups", label: "shell.nav.subgroups" },
  { href: "/safety", label: "shell.nav.safety" },
  { href: "/patients", label: "shell.nav.patients", roles: clinicalRoles },
  { href: "/import", label: "shell.nav.import", roles: importRoles },
  { href: "/admin/users", label: "admin.nav.users", roles: adminRoles },
  { href: "/admin/centers", label: "admin.nav.centers", roles: adminRoles },
  { href: "/admin/audit", label: "admin.nav.audit", roles: adminRoles }
] as const satisfies ReadonlyArray<{
  href: string
  label: `shell.nav.${string}` | `admin.nav.${string}`
  roles?: ReadonlyArray<Role>
}>

/** The main navigation; the current page is marked for assistive technology too. */
export function SiteNav(props: { readonly role: Role | undefined }): JSX.Element {
  const visible = () =>
    pages.filter((p) => !("roles" in p) || (props.role !== undefined && p.roles.includes(props.role)))
  return (
    <nav aria-label={t("shell.nav.label")}>
      <ul class="site-nav">
        <For each={visible()}>
          {(p) => (
            <li>
              <A href={p.href} activeClass="active">
                {t(p.label)}
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  )
}
