import { describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { adverseEventDatesText } from "./adverse-event-dates"

describe("adverseEventDatesText", () => {
  it("says on which dates the onset and the resolution fall, counted from the procedure", () => {
    expect(adverseEventDatesText("2026-03-16", "1", "3")).toBe(
      "Procedure on 16 Mar 2026: onset on 17 Mar 2026, resolved on 19 Mar 2026."
    )
    // hours count as that same day
    expect(adverseEventDatesText("2026-03-16", "0", "0.25")).toBe(
      "Procedure on 16 Mar 2026: onset on 16 Mar 2026, resolved on 16 Mar 2026."
    )
    expect(adverseEventDatesText("2026-03-16", "2", "")).toBe(
      "Procedure on 16 Mar 2026: onset on 18 Mar 2026."
    )
  })

  it("says it in Polish with Polish dates, reading a decimal comma", () => {
    setLocale("pl")
    try {
      expect(adverseEventDatesText("2026-03-16", "1", "2,5")).toBe(
        "Zabieg 16.03.2026: początek 17.03.2026, ustąpienie 18.03.2026."
      )
    } finally {
      setLocale("en")
    }
  })

  it("says nothing without a procedure date or valid days", () => {
    expect(adverseEventDatesText(null, "1", "3")).toBeNull()
    expect(adverseEventDatesText("2026-03-16", "", "")).toBeNull()
    expect(adverseEventDatesText("2026-03-16", "-1", "x")).toBeNull()
  })
})
