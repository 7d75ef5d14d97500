import type { PatientDetail } from "@cryoreg/contract"
import { MemoryRouter, Route } from "@solidjs/router"
import { render, screen, within } from "@solidjs/testing-library"
import type { JSX } from "solid-js"
import { describe, expect, it } from "vitest"
import { VisitList } from "./visit-list"

const visit = (
  timepoint: "baseline" | "month3" | "month6",
  date: string,
  days: number | null,
  inWindow: boolean | null
) => ({
  visit: {
    id: `v-${timepoint}`,
    patientId: "WAW-0001",
    timepoint,
    date,
    nrs: 4,
    vasMm: 40,
    odiAnswers: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    analgesics: { drugs: [] }
  },
  odi: null,
  daysAfterProcedure: days,
  inWindow
})

const detail = (visits: ReadonlyArray<ReturnType<typeof visit>>) =>
  ({ patient: { id: "WAW-0001" }, visits }) as unknown as PatientDetail

// The list's correction and retraction are router actions: it is shown inside a router.
const routed = (page: () => JSX.Element) =>
  render(() => (
    <MemoryRouter>
      <Route path="*" component={page} />
    </MemoryRouter>
  ))

describe("<VisitList />", () => {
  it("shows each visit's days after the procedure and marks one out of its window", async () => {
    routed(() => (
      <VisitList
        detail={detail([
          visit("baseline", "2026-03-13", -3, true),
          visit("month3", "2026-07-14", 120, false),
          visit("month6", "2026-09-14", 182, true)
        ])}
        writable={false}
      />
    ))
    const rows = (await screen.findAllByRole("row")).slice(1)
    expect(rows.map((r) => within(r).getAllByRole("cell")[2]?.textContent)).toEqual(["\u22123", "120", "182"])
    expect(within(rows[1]!).getByText("out of window")).toBeTruthy()
    expect(rows[1]!.textContent).toContain(
      "the window of the 3-month visit is 75 to 105 days after the procedure"
    )
    expect(within(rows[0]!).queryByText("out of window")).toBeNull()
    expect(within(rows[2]!).queryByText("out of window")).toBeNull()
  })

  it("leaves the days blank while the procedure is not entered", async () => {
    routed(() => (
      <VisitList detail={detail([visit("baseline", "2026-03-13", null, null)])} writable={false} />
    ))
    const row = (await screen.findAllByRole("row"))[1]!
    expect(within(row).getAllByRole("cell")[2]?.textContent).toBe("—")
    expect(within(row).queryByText("out of window")).toBeNull()
  })
})
