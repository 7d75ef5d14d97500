import { describe, expect, it } from "vitest"
import { adverseEventDatesText } from "./adverse-event-dates"

describe("adverseEventDatesText", () => {
  it("says on which dates the onset and the resolution fall, counted from the procedure", () => {
    expect(adverseEventDatesText("2026-03-16", "1", "3")).toBe(
      "Procedure on 2026-03-16: onset on 2026-03-17, resolved on 2026-03-19."
    )
    // hours count as that same day
    expect(adverseEventDatesText("2026-03-16", "0", "0.25")).toBe(
      "Procedure on 2026-03-16: onset on 2026-03-16, resolved on 2026-03-16."
    )
    expect(adverseEventDatesText("2026-03-16", "2", "")).toBe("Procedure on 2026-03-16: onset on 2026-03-18.")
  })

  it("says nothing without a procedure date or valid days", () => {
    expect(adverseEventDatesText(null, "1", "3")).toBeNull()
    expect(adverseEventDatesText("2026-03-16", "", "")).toBeNull()
    expect(adverseEventDatesText("2026-03-16", "-1", "x")).toBeNull()
  })
})
