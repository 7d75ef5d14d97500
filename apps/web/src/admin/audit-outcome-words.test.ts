import { AuditOutcomeCode } from "@cryoreg/contract"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { wordAuditOutcome } from "./audit-outcome-words"

const of = (outcome: string | null) => ({ outcome, outcomeCode: null })

afterEach(() => setLocale("en"))

describe("wordAuditOutcome", () => {
  it("words the stored outcomes of refused sign-ins and writes in Polish, not as stored", () => {
    setLocale("pl")
    expect(wordAuditOutcome(of("ok"))).toBe("wykonano")
    expect(wordAuditOutcome(of(null))).toBe("wykonano")
    expect(wordAuditOutcome(of("refused: unknown user name or wrong password"))).toBe(
      "odrzucono: nieznana nazwa użytkownika lub błędne hasło"
    )
    expect(wordAuditOutcome(of("refused: RuleViolation (422)"))).toBe(
      "odrzucono: zasady badania na to nie pozwalają: nic nie zapisano."
    )
    expect(wordAuditOutcome(of("throttled"))).toBe("odrzucono: zbyt wiele prób")
  })

  it("words a refused write's reason from its issues as the form words them, not as the API's English", () => {
    const refused = {
      outcome: "refused: RuleViolation (422)",
      outcomeCode: null,
      attempt: "createAdverseEvent",
      after: {
        error: "RuleViolation",
        message: "onsetDays: the onset is after today",
        issues: [
          {
            code: "dateInFuture",
            path: ["onsetDays"],
            params: { today: "2026-12-07", unit: "days" },
            message: "onsetDays: the onset is after today"
          }
        ]
      }
    }
    setLocale("pl")
    expect(wordAuditOutcome(refused)).toBe(
      "odrzucono: początek (dni od zabiegu): ten dzień jeszcze nie nadszedł (dziś jest 07.12.2026)"
    )
    setLocale("en")
    expect(wordAuditOutcome(refused)).toBe(
      "refused: onset (days after the procedure): that day has not come yet (today is 7 Dec 2026)"
    )
    // a record without issues (an older row) keeps the error's sentence
    expect(wordAuditOutcome({ ...refused, after: { error: "RuleViolation" } })).toMatch(/^refused: /)
  })

  it("names an unknown error by its tag, and shows a text of another kind as stored", () => {
    expect(wordAuditOutcome(of("refused: SomethingNew (409)"))).toBe("refused (SomethingNew)")
    expect(wordAuditOutcome(of("an older text"))).toBe("an older text")
  })

  it("has words for every outcome code in both languages", () => {
    for (const locale of ["en", "pl"] as const) {
      setLocale(locale)
      for (const code of AuditOutcomeCode.literals) {
        const words = wordAuditOutcome({
          outcome: null,
          outcomeCode: { code, params: { error: "Forbidden", status: 403, text: "as stored" } }
        })
        expect(words.trim(), `${locale} ${code}`).not.toBe("")
        expect(words, `${locale} ${code}`).not.toMatch(/\{\{|undefined/)
      }
    }
  })
})
