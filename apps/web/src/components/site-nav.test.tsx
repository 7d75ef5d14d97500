import { Route, Router } from "@solidjs/router"
import { render, screen } from "@solidjs/testing-library"
import { describe, expect, it } from "vitest"
import { SiteNav } from "./site-nav"

const links = () => screen.getAllByRole("link").map((a) => a.textContent)

describe("<SiteNav />", () => {
  it("offers the patient pages to the clinical roles", () => {
    render(() => (
      <Router>
        {/* biome-ignore lint/a11y/useValidAriaRole: `role` is the registry role SiteNav is given, not an ARIA role */}
        <Route path="*" component={() => <SiteNav role="clinician" />} />
      </Router>
    ))
    expect(links()).toEqual(["Cohort", "Outcomes", "Tables", "Subgroups", "Safety", "Patients"])
  })

  it("leaves them out for the statistician", () => {
    render(() => (
      <Router>
        {/* biome-ignore lint/a11y/useValidAriaRole: `role` is the registry role SiteNav is given, not an ARIA role */}
        <Route path="*" component={() => <SiteNav role="statistician" />} />
      </Router>
    ))
    expect(links()).toEqual(["Cohort", "Outcomes", "Tables", "Subgroups", "Safety"])
  })
})
