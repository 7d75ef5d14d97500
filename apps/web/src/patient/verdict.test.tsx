import { render, screen } from "@solidjs/testing-library"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
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
    expect(screen.getByText(/No diagnostic block yet/).textContent).toContain("unknown")
    expect(screen.getByRole("heading", { name: "Exclusion criteria" })).toBeTruthy()
    expect(screen.getByText(/Pregnant/).closest("li")?.className).toBe("unmet")
  })

  it("says in Polish what an incomplete verdict waits for, in the one word for an unknown answer", () => {
    setLocale("pl")
    const met = (id: "painDuration" | "baselineNrs") => ({
      id,
      kind: "inclusion" as const,
      met: true,
      text: ""
    })
    const block = { id: "positiveDiagnosticBlock" as const, kind: "inclusion" as const, met: null, text: "" }
    const { unmount } = render(() => (
      <Verdict
        assessment={{ verdict: "incomplete", criteria: [met("painDuration"), met("baselineNrs"), block] }}
      />
    ))
    expect(
      screen.getByText("Niepełna: czeka na blokadę diagnostyczną (wykonywaną po kwalifikacji)")
    ).toBeTruthy()
    expect(screen.getByText(/Dodatnia blokada/).textContent).toContain("— nie wiadomo")
    unmount()
    const pregnancy = { id: "pregnancy" as const, kind: "exclusion" as const, met: null, text: "" }
    render(() => <Verdict assessment={{ verdict: "incomplete", criteria: [block, pregnancy] }} />)
    expect(screen.getByText(/^Niepełna: nie wiadomo jeszcze — /).textContent).toMatch(
      /dodatnia blokada.*; ciąża$/
    )
  })
})

afterEach(() => setLocale("en"))
