import { render, screen } from "@solidjs/testing-library"
import { describe, expect, it } from "vitest"
import { Verdict } from "./verdict"

describe("<Verdict />", () => {
  it("says why a candidate is not eligible, criterion by criterion", () => {
    render(() => (
      <Verdict
        assessment={{
          verdict: "ineligible",
          criteria: [
            {
              id: "painDuration",
              kind: "inclusion",
              met: true,
              text: "Low back pain for 14 months: at least 6 required."
            },
            {
              id: "baselineNrs",
              kind: "inclusion",
              met: false,
              text: "Baseline pain NRS 4: at least 5 required."
            },
            { id: "positiveDiagnosticBlock", kind: "inclusion", met: null, text: "No diagnostic block yet." },
            { id: "pregnancy", kind: "exclusion", met: false, text: "Pregnant." }
          ]
        }}
      />
    ))
    expect(screen.getByText("Not eligible").className).toBe("bad")
    expect(screen.getByText(/Baseline pain NRS 4/).closest("li")?.className).toBe("unmet")
    expect(screen.getByText(/Baseline pain NRS 4/).textContent).toContain("not met")
    expect(screen.getByText(/No diagnostic block yet/).closest("li")?.className).toBe("unknown")
    expect(screen.getByText(/No diagnostic block yet/).textContent).toContain("not answered")
    expect(screen.getByRole("heading", { name: "Exclusion criteria" })).toBeTruthy()
    expect(screen.getByText(/Pregnant/).closest("li")?.className).toBe("unmet")
  })
})
