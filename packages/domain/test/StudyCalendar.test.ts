import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { Protocol, StudyCalendar } from "../src/index.js"

const course = (overrides: Partial<StudyCalendar.Course> = {}): StudyCalendar.Course => ({
  screening: { id: "scr", date: "2026-03-02" },
  blocks: [{ id: "blk", date: "2026-03-09" }],
  procedure: { id: "prc", date: "2026-03-13" },
  visits: [
    { id: "v0", timepoint: "baseline", date: "2026-03-09" },
    { id: "v3", timepoint: "month3", date: "2026-06-12" },
    { id: "v6", timepoint: "month6", date: "2026-09-11" }
  ],
  adverseEvents: [{ id: "ae", onsetDays: 1, resolutionDays: 3 }],
  ...overrides
})
const today = "2026-12-07"
const refusal = (c: StudyCalendar.Course, subject: StudyCalendar.Subject, day = today) =>
  Effect.flip(StudyCalendar.check(c, subject, day))

describe("StudyCalendar", () => {
  it("takes today's date in the registry's time zone, not UTC's", () => {
    const lateEvening = Date.parse("2026-12-06T23:30:00Z")
    assert.strictEqual(StudyCalendar.dateIn(lateEvening, "Europe/Warsaw"), "2026-12-07")
    assert.strictEqual(StudyCalendar.dateIn(lateEvening, "UTC"), "2026-12-06")
    assert.strictEqual(StudyCalendar.dateIn(lateEvening, "America/New_York"), "2026-12-06")
    assert.isTrue(StudyCalendar.isTimeZone("Europe/Warsaw"))
    assert.isFalse(StudyCalendar.isTimeZone("Europe/Atlantis"))
  })

  it("counts days between dates across month ends, leap days and DST", () => {
    assert.strictEqual(StudyCalendar.daysBetween("2026-03-16", "2026-06-15"), 91)
    assert.strictEqual(StudyCalendar.daysBetween("2024-02-28", "2024-03-01"), 2)
    assert.strictEqual(StudyCalendar.daysBetween("2026-03-16", "2026-03-09"), -7)
    assert.strictEqual(StudyCalendar.addDays("2026-03-16", 91), "2026-06-15")
    assert.strictEqual(StudyCalendar.addDays("2026-03-16", 0.25), "2026-03-16")
  })

  it("computes a visit's days after the procedure from the dates; null until both are known", () => {
    assert.strictEqual(
      StudyCalendar.daysAfterProcedure({ timepoint: "month3", date: "2026-06-12" }, "2026-03-13"),
      91
    )
    assert.strictEqual(
      StudyCalendar.daysAfterProcedure({ timepoint: "baseline", date: "2026-03-09" }, null),
      null
    )
    // a visit stored before dates were required keeps the days typed in
    assert.strictEqual(
      StudyCalendar.daysAfterProcedure({ timepoint: "month6", daysAfterProcedure: 180 }, "2026-03-13"),
      180
    )
    // the dates win over a stale stored value
    assert.strictEqual(
      StudyCalendar.daysAfterProcedure(
        { timepoint: "month6", date: "2026-09-11", daysAfterProcedure: 10 },
        "2026-03-13"
      ),
      182
    )
  })

  it("marks a visit outside its protocol window (ends included)", () => {
    const at = (timepoint: "baseline" | "month3" | "month6", date: string) =>
      StudyCalendar.inVisitWindow({ timepoint, date }, "2026-03-13", Protocol.study)
    assert.isTrue(at("month3", "2026-06-12")) // 91 days
    assert.isTrue(at("month3", "2026-05-27")) // 75
    assert.isFalse(at("month3", "2026-05-26")) // 74
    assert.isTrue(at("month6", "2026-10-09")) // 210
    assert.isFalse(at("month6", "2026-10-10")) // 211
    assert.isTrue(at("baseline", "2026-03-13")) // 0
    assert.isFalse(at("baseline", "2025-12-01")) // 102 days before
    assert.isNull(
      StudyCalendar.inVisitWindow({ timepoint: "baseline", date: "2026-03-09" }, null, Protocol.study)
    )
  })

  it.effect("accepts a course in order, dated up to today", () =>
    Effect.gen(function* () {
      for (const subject of [
        { kind: "screening", id: "scr" },
        { kind: "block", id: "blk" },
        { kind: "procedure", id: "prc" },
        { kind: "visit", id: "v0" },
        { kind: "visit", id: "v3" },
        { kind: "visit", id: "v6" },
        { kind: "adverseEvent", id: "ae" }
      ] as const)
        yield* StudyCalendar.check(course(), subject, today)
      // everything on one day is in order too
      const sameDay = "2026-03-13"
      yield* StudyCalendar.check(
        course({
          screening: { id: "scr", date: sameDay },
          blocks: [{ id: "blk", date: sameDay }],
          visits: [{ id: "v0", timepoint: "baseline", date: sameDay }],
          adverseEvents: []
        }),
        { kind: "procedure", id: "prc" },
        sameDay
      )
    })
  )

  it.effect("refuses a date after today and names both", () =>
    Effect.gen(function* () {
      const e = yield* refusal(
        course({
          screening: { id: "scr", date: "2026-12-08" },
          blocks: [],
          procedure: null,
          visits: [],
          adverseEvents: []
        }),
        { kind: "screening", id: "scr" }
      )
      assert.strictEqual(e._tag, "DateAfterToday")
      assert.deepStrictEqual(e.path, ["date"])
      assert.strictEqual(e._tag === "DateAfterToday" && e.step, "screening")
      assert.strictEqual(e.message, "the screening (2026-12-08) cannot be after today (2026-12-07)")
    })
  )

  it.effect("refuses a 3-month visit before the procedure, naming both dates", () =>
    Effect.gen(function* () {
      const visits = [{ id: "v3", timepoint: "month3", date: "2026-03-01" }] as const
      const e = yield* refusal(course({ visits }), { kind: "visit", id: "v3" })
      assert.strictEqual(e._tag, "DatesOutOfOrder")
      assert.deepStrictEqual(e.path, ["date"])
      assert.strictEqual(
        e.message,
        "the 3-month visit (2026-03-01) cannot be before the procedure (2026-03-13)"
      )
    })
  )

  it.effect("names the other record of a refused order as a step code with its date", () =>
    Effect.gen(function* () {
      const visits = [{ id: "v3", timepoint: "month3", date: "2026-03-01" }] as const
      const e = yield* refusal(course({ visits }), { kind: "visit", id: "v3" })
      assert.strictEqual(e._tag, "DatesOutOfOrder")
      if (e._tag !== "DatesOutOfOrder") return
      assert.deepStrictEqual(e.other, { step: "procedure", what: "the procedure", date: "2026-03-13" })
      assert.strictEqual(e.relation, "notBefore")
      assert.strictEqual(e.later.step, "month3Visit")
    })
  )

  it.effect("says a procedure may not come after its 3-month visit (the other record is the visit)", () =>
    Effect.gen(function* () {
      const visits = [{ id: "v3", timepoint: "month3", date: "2026-06-01" }] as const
      const e = yield* refusal(course({ visits, procedure: { id: "proc", date: "2026-06-05" } }), {
        kind: "procedure",
        id: "proc"
      })
      if (e._tag !== "DatesOutOfOrder") return assert.fail(e._tag)
      assert.deepStrictEqual(e.other, { step: "month3Visit", what: "the 3-month visit", date: "2026-06-01" })
      assert.strictEqual(e.relation, "notAfter")
    })
  )

  it.effect("refuses a 6-month visit before the 3-month one", () =>
    Effect.gen(function* () {
      const visits = [
        { id: "v3", timepoint: "month3", date: "2026-06-12" },
        { id: "v6", timepoint: "month6", date: "2026-06-01" }
      ] as const
      const e = yield* refusal(course({ visits }), { kind: "visit", id: "v6" })
      assert.strictEqual(
        e.message,
        "the 6-month visit (2026-06-01) cannot be before the 3-month visit (2026-06-12)"
      )
    })
  )

  it.effect("refuses a correction of an earlier record that puts a later one out of order", () =>
    Effect.gen(function* () {
      const e = yield* refusal(course({ procedure: { id: "prc", date: "2026-07-01" } }), {
        kind: "procedure",
        id: "prc"
      })
      assert.deepStrictEqual(e.path, ["date"])
      assert.strictEqual(
        e.message,
        "the procedure (2026-07-01) cannot be after the 3-month visit (2026-06-12)"
      )
      const s = yield* refusal(course({ screening: { id: "scr", date: "2026-03-10" } }), {
        kind: "screening",
        id: "scr"
      })
      assert.strictEqual(
        s.message,
        "the screening (2026-03-10) cannot be after the diagnostic block (2026-03-09)"
      )
    })
  )

  it.effect("orders the baseline visit between the screening and the procedure, not against the block", () =>
    Effect.gen(function* () {
      const after = yield* refusal(
        course({ visits: [{ id: "v0", timepoint: "baseline", date: "2026-03-14" }] }),
        { kind: "visit", id: "v0" }
      )
      assert.strictEqual(
        after.message,
        "the baseline visit (2026-03-14) cannot be after the procedure (2026-03-13)"
      )
      const before = yield* refusal(
        course({ visits: [{ id: "v0", timepoint: "baseline", date: "2026-03-01" }] }),
        { kind: "visit", id: "v0" }
      )
      assert.strictEqual(
        before.message,
        "the baseline visit (2026-03-01) cannot be before the screening (2026-03-02)"
      )
      // the baseline before the block is fine
      yield* StudyCalendar.check(
        course({ visits: [{ id: "v0", timepoint: "baseline", date: "2026-03-05" }] }),
        { kind: "visit", id: "v0" },
        today
      )
    })
  )

  it.effect("refuses a block before the screening and a comparative block before the first", () =>
    Effect.gen(function* () {
      const e = yield* refusal(course({ blocks: [{ id: "blk", date: "2026-03-01" }] }), {
        kind: "block",
        id: "blk"
      })
      assert.strictEqual(
        e.message,
        "the diagnostic block (2026-03-01) cannot be before the screening (2026-03-02)"
      )
      const c = yield* refusal(
        course({ blocks: [{ id: "blk", date: "2026-03-09", comparative: { date: "2026-03-08" } }] }),
        { kind: "block", id: "blk" }
      )
      assert.deepStrictEqual(c.path, ["comparative", "date"])
      assert.strictEqual(
        c.message,
        "the comparative block (2026-03-08) cannot be before the diagnostic block (2026-03-09)"
      )
    })
  )

  it.effect("does not judge again dates the write does not touch", () =>
    Effect.gen(function* () {
      // an old 6-month visit before the 3-month one stays; a write of the block is not refused for it
      const visits = [
        { id: "v3", timepoint: "month3", date: "2026-09-01" },
        { id: "v6", timepoint: "month6", date: "2026-06-13" }
      ] as const
      yield* StudyCalendar.check(course({ visits }), { kind: "block", id: "blk" }, today)
    })
  )

  it.effect("refuses an adverse event whose onset or resolution is after today", () =>
    Effect.gen(function* () {
      const onset = yield* refusal(
        course({ adverseEvents: [{ id: "ae", onsetDays: 400, resolutionDays: null }] }),
        { kind: "adverseEvent", id: "ae" }
      )
      assert.deepStrictEqual(onset.path, ["onsetDays"])
      assert.strictEqual(
        onset.message,
        "the onset of the adverse event (2027-04-17) cannot be after today (2026-12-07)"
      )
      const resolution = yield* refusal(
        course({ adverseEvents: [{ id: "ae", onsetDays: 200, resolutionDays: 300 }] }),
        { kind: "adverseEvent", id: "ae" }
      )
      assert.deepStrictEqual(resolution.path, ["resolutionDays"])
      // a procedure moved later takes its adverse events past today: refused at the procedure's date
      const moved = yield* refusal(
        course({
          procedure: { id: "prc", date: "2026-12-06" },
          visits: [],
          adverseEvents: [{ id: "ae", onsetDays: 1, resolutionDays: 3 }]
        }),
        { kind: "procedure", id: "prc" }
      )
      assert.deepStrictEqual(moved.path, ["date"])
      assert.strictEqual(
        moved.message,
        "the resolution of the adverse event (2026-12-09) cannot be after today (2026-12-07)"
      )
    })
  )

  it.effect("birth year: not in the future; at least 18 in the year of the screening", () =>
    Effect.gen(function* () {
      yield* StudyCalendar.checkBirthYear(2008, "2026-01-05", today) // turns 18 in 2026
      yield* StudyCalendar.checkBirthYear(2026, null, today) // no screening yet: only the future is refused
      const future = yield* Effect.flip(StudyCalendar.checkBirthYear(2027, null, today))
      assert.strictEqual(future._tag, "BirthYearInFuture")
      assert.strictEqual(future.message, "the birth year (2027) cannot be after this year (2026)")
      const minor = yield* Effect.flip(StudyCalendar.checkBirthYear(2009, "2026-03-02", today))
      assert.strictEqual(minor._tag, "UnderageAtScreening")
      assert.strictEqual(
        minor.message,
        "a patient born in 2009 is under 18 at the screening (2026-03-02): the study includes adults only"
      )
    })
  )

  it("names every date of the record refused at once, one problem each", () => {
    // an adverse event's onset and its resolution both after today
    const later = course({ adverseEvents: [{ id: "ae", onsetDays: 300, resolutionDays: 400 }] })
    const both = StudyCalendar.problems(later, { kind: "adverseEvent", id: "ae" }, today)
    assert.deepStrictEqual(
      both.map((p) => [p._tag, p.path]),
      [
        ["DateAfterToday", ["onsetDays"]],
        ["DateAfterToday", ["resolutionDays"]]
      ]
    )
    // a block before the screening and its comparative before the block: the two dates refused, each once
    const blocks = course({
      blocks: [{ id: "blk", date: "2026-03-01", comparative: { date: "2026-02-27" } }]
    })
    const refused = StudyCalendar.problems(blocks, { kind: "block", id: "blk" }, today)
    assert.deepStrictEqual(
      refused.map((p) => p.path),
      [["comparative", "date"], ["date"]]
    )
    assert.deepStrictEqual(StudyCalendar.problems(course(), { kind: "visit", id: "v3" }, today), [])
  })
})
