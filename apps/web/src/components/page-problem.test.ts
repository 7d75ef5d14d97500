import { ApiError } from "@cryoreg/contract"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { pageProblem } from "./page-problem"

afterEach(() => setLocale("en"))

describe("pageProblem", () => {
  it("words a missing patient in Polish with a link back to the list, not the API's English or a retry", () => {
    setLocale("pl")
    const p = pageProblem(new ApiError(404, "NotFound", "no patient PILA-0001"), "/patients/PILA-0001")
    expect(p.title).toBe("Nie ma pacjenta o takim identyfikatorze")
    expect(p.text).toBe("W rejestrze nie ma pacjenta PILA-0001 albo należy on do innego ośrodka.")
    expect(p.back).toEqual({ href: "/patients", label: "Wróć do listy pacjentów" })
    expect(p.retry).toBe(false)
  })

  it("never shows the API's English sentence, whatever the code", () => {
    setLocale("pl")
    for (const [status, tag, path] of [
      [404, "NotFound", "/procedures/prc-0000000000000000/live"],
      [404, "NotFound", "/tables"],
      [403, "Forbidden", "/patients"],
      [422, "RuleViolation", "/subgroups"],
      [500, "InternalError", "/cohort"],
      [0, "Unreachable", "/cohort"]
    ] as const) {
      const p = pageProblem(new ApiError(status, tag, "an English sentence for API users"), path)
      expect(`${p.title} ${p.text}`, `${status} ${path}`).not.toContain("English")
      expect(p.text.trim(), `${status} ${path}`).not.toBe("")
      // a lookup that missed or a refusal would fail the same way again
      expect(p.retry, `${status}`).toBe(status === 0 || status === 500)
    }
    expect(pageProblem(new TypeError("x is undefined"), "/cohort").text).not.toContain("undefined")
  })
})
