import { FreezeProtocol, Protocol } from "@cryoreg/domain"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { findingText, liveTitle, noDeviationText } from "./words"

const test = { frequencyHz: 5, voltagesTried: [0.5, 1.5], motorResponseAtVoltage: 1.5 }

describe("the live page's findings in words", () => {
  afterEach(() => setLocale("en"))

  it("words every finding in Polish and English, with its numbers", () => {
    for (const locale of ["en", "pl"] as const) {
      setLocale(locale)
      for (const finding of FreezeProtocol.StimulationFinding.literals) {
        const text = findingText(finding, test)
        expect(text.length, `${locale} ${finding}`).toBeGreaterThan(20)
        expect(text, `${locale} ${finding}`).not.toContain("{{")
      }
    }
  })

  it("says in Polish what the test did against the rule, with decimal commas", () => {
    setLocale("pl")
    expect(findingText("motor-response", test)).toBe(
      "odpowiedź ruchowa przy 1,5 V (limit 2 V): sonda leży blisko nerwu ruchowego; zmień położenie i powtórz test"
    )
    expect(findingText("wrong-frequency", test)).toBe(
      "ostatni test stymulacji wykonano przy 5 Hz; zamrażanie wymaga testu stymulacji ruchowej przy 2 Hz bez odpowiedzi ruchowej do 2 V"
    )
    expect(findingText("voltage-not-reached", null)).toContain("doszedł tylko do żadnego napięcia")
  })

  it("in English says what the domain's describeFinding says", () => {
    for (const finding of FreezeProtocol.StimulationFinding.literals)
      expect(findingText(finding, test)).toBe(FreezeProtocol.describeFinding(finding, test, Protocol.study))
  })
})

describe("the live procedure in words", () => {
  afterEach(() => setLocale("en"))

  it("names the procedure by patient, side and start, never by its id", () => {
    setLocale("pl")
    const title = liveTitle({
      patientId: "WAW-0003",
      side: "left",
      createdAt: "2026-12-07T13:03:00.000Z"
    } as never)
    expect(title).toMatch(
      /^Zabieg na żywo — pacjent WAW-0003, strona: lewa, rozpoczęty 07\.12\.2026, \d{2}:03$/
    )
    expect(liveTitle(undefined)).toBe("Zabieg na żywo")
  })

  it("says “so far” only while the procedure is open", () => {
    setLocale("pl")
    expect(noDeviationText("live")).toBe("Na razie brak.")
    expect(noDeviationText("aborted")).toBe("Brak.")
    expect(noDeviationText("completed")).toBe("Brak odchyleń od protokołu.")
  })
})
