import { Data, Effect } from "effect"
import type { Timepoint } from "./Model/FollowUpVisit.js"
import { visitWindow } from "./Outcomes.js"
import type { Protocol } from "./Protocol.js"

const DAY = 86_400_000

/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone: "today" of a registry is its clinics' date.
 *
 * @example
 * StudyCalendar.dateIn(Date.parse("2026-12-06T23:30:00Z"), "Europe/Warsaw") // "2026-12-07"
 */
export const dateIn = (epochMillis: number, timeZone: string): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    epochMillis
  )

/** Whether `timeZone` is an IANA time zone this runtime knows (e.g. "Europe/Warsaw"). */
export const isTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone })
    return true
  } catch {
    return false
  }
}

/**
 * Whole days from one calendar date to another (negative when `to` comes first).
 *
 * @example
 * StudyCalendar.daysBetween("2026-03-16", "2026-06-15") // 91
 */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)

/**
 * The calendar date `days` after `date` (a fraction of a day counts as that same day).
 *
 * @example
 * StudyCalendar.addDays("2026-03-16", 91) // "2026-06-15"
 */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + Math.floor(days) * DAY).toISOString().slice(0, 10)

/** How the clinic names a time point's visit. */
export const visitName: Record<Timepoint, string> = {
  baseline: "the baseline visit",
  month3: "the 3-month visit",
  month6: "the 6-month visit"
}

/** A visit as far as its timing goes: the stored days are kept only by records entered before dates were required. */
export interface VisitTiming {
  readonly timepoint: Timepoint
  readonly date?: string | undefined
  readonly daysAfterProcedure?: number | undefined
}

/**
 * Days from the procedure to a visit, computed from the two dates; a visit stored without a date keeps the
 * days it was entered with; null while either is unknown (a baseline visit before the procedure is entered).
 *
 * @example
 * StudyCalendar.daysAfterProcedure({ timepoint: "month3", date: "2026-06-15" }, "2026-03-16") // 91
 */
export const daysAfterProcedure = (visit: VisitTiming, procedureDate: string | null): number | null =>
  visit.date !== undefined && procedureDate !== null
    ? daysBetween(procedureDate, visit.date)
    : (visit.daysAfterProcedure ?? null)

/**
 * Whether a visit falls inside its time point's window of the protocol (`Outcomes.visitWindow`; the study:
 * baseline −90…0 days, 3 months 75…105, 6 months 165…210); null while its days after the procedure are unknown. A visit out of
 * its window is kept and marked, never refused.
 *
 * @example
 * StudyCalendar.inVisitWindow({ timepoint: "month6", date: "2027-01-10" }, "2026-03-16", Protocol.study) // false
 */
export const inVisitWindow = (
  visit: VisitTiming,
  procedureDate: string | null,
  protocol: Protocol
): boolean | null => {
  const days = daysAfterProcedure(visit, procedureDate)
  return days === null ? null : visitWindow(days, protocol) === visit.timepoint
}

/** A date of a patient's course that lies after today in the registry's time zone. */
export class DateAfterToday extends Data.TaggedError("DateAfterToday")<{
  /** The field of the record being written. */
  readonly path: ReadonlyArray<string>
  readonly date: string
  readonly today: string
  readonly message: string
}> {}

/** Two dates of a patient's course in the wrong order (a 3-month visit before the procedure, …). */
export class DatesOutOfOrder extends Data.TaggedError("DatesOutOfOrder")<{
  /** The field of the record being written. */
  readonly path: ReadonlyArray<string>
  readonly earlier: { readonly what: string; readonly date: string }
  readonly later: { readonly what: string; readonly date: string }
  readonly message: string
}> {}

/** The kinds of dated record in a patient's course. */
export type RecordKind = "screening" | "block" | "procedure" | "visit" | "adverseEvent"

/** The record a write creates or corrects: its dates are the ones checked against the rest of the course. */
export interface Subject {
  readonly kind: RecordKind
  readonly id: string
}

/** The dated records of one patient's course, as they stand after the write being checked. */
export interface Course {
  readonly screening: { readonly id: string; readonly date: string } | null
  readonly blocks: ReadonlyArray<{
    readonly id: string
    readonly date: string
    readonly comparative?: { readonly date: string } | undefined
  }>
  readonly procedure: { readonly id: string; readonly date: string } | null
  readonly visits: ReadonlyArray<VisitTiming & { readonly id: string }>
  readonly adverseEvents: ReadonlyArray<{
    readonly id: string
    readonly onsetDays: number
    readonly resolutionDays: number | null
  }>
}

// One dated step; `stage` orders the course (screening < block < comparative block < procedure < 3 < 6 months).
interface Step {
  readonly kind: RecordKind
  readonly id: string
  readonly path: ReadonlyArray<string>
  readonly what: string
  readonly date: string
  readonly stage: number | "baseline" | "aftercare"
}

const stepsOf = (course: Course): Array<Step> => {
  const steps: Array<Step> = []
  const { screening, procedure } = course
  if (screening !== null)
    steps.push({
      kind: "screening",
      id: screening.id,
      path: ["date"],
      what: "the screening",
      ...at(screening.date, 0)
    })
  for (const b of course.blocks) {
    steps.push({ kind: "block", id: b.id, path: ["date"], what: "the diagnostic block", ...at(b.date, 1) })
    if (b.comparative !== undefined)
      steps.push({
        kind: "block",
        id: b.id,
        path: ["comparative", "date"],
        what: "the comparative block",
        ...at(b.comparative.date, 2)
      })
  }
  if (procedure !== null)
    steps.push({
      kind: "procedure",
      id: procedure.id,
      path: ["date"],
      what: "the procedure",
      ...at(procedure.date, 3)
    })
  for (const v of course.visits)
    if (v.date !== undefined)
      steps.push({
        kind: "visit",
        id: v.id,
        path: ["date"],
        what: visitName[v.timepoint],
        date: v.date,
        stage: v.timepoint === "baseline" ? "baseline" : v.timepoint === "month3" ? 4 : 5
      })
  if (procedure !== null)
    for (const e of course.adverseEvents) {
      const onset = addDays(procedure.date, e.onsetDays)
      steps.push({
        kind: "adverseEvent",
        id: e.id,
        path: ["onsetDays"],
        what: "the onset of the adverse event",
        date: onset,
        stage: "aftercare"
      })
      if (e.resolutionDays !== null)
        steps.push({
          kind: "adverseEvent",
          id: e.id,
          path: ["resolutionDays"],
          what: "the resolution of the adverse event",
          date: addDays(procedure.date, e.resolutionDays),
          stage: "aftercare"
        })
    }
  return steps
}

const at = (date: string, stage: number) => ({ date, stage })

// -1 when `a` must come on or before `b`, 1 when after, 0 when the protocol does not order them.
const order = (a: Step, b: Step): number => {
  if (a.stage === "aftercare" || b.stage === "aftercare") return 0
  if (a.stage === "baseline" || b.stage === "baseline") {
    const other = a.stage === "baseline" ? b.stage : a.stage
    // The baseline visit: on or after the screening, on or before the procedure; the blocks may come either side.
    const sign = other === 0 ? 1 : (other as number) >= 3 ? -1 : 0
    return a.stage === "baseline" ? sign : -sign
  }
  return Math.sign(a.stage - b.stage)
}

const distance = (a: Step, b: Step) =>
  typeof a.stage === "number" && typeof b.stage === "number" ? Math.abs(a.stage - b.stage) : 1.5

const isOf = (subject: Subject) => (s: Step) =>
  (s.kind === subject.kind && s.id === subject.id) ||
  // the adverse events' dates count from the procedure: correcting its date moves them
  (subject.kind === "procedure" && s.kind === "adverseEvent")

/**
 * Checks the dates of the record being written (`subject`) against today (in the registry's time zone) and
 * against the rest of the course: screening ≤ diagnostic block ≤ comparative block ≤ procedure ≤ 3-month
 * visit ≤ 6-month visit, the baseline visit between the screening and the procedure, an adverse event's onset
 * and resolution (days after the procedure) not after today. Dates already stored that the write does not
 * touch are not judged again. Fails with the first violation, nearest neighbour first, naming both dates.
 *
 * @example
 * StudyCalendar.check(course, { kind: "visit", id: "vis-1" }, "2026-12-07")
 * // DatesOutOfOrder: "the 3-month visit (2026-03-01) cannot be before the procedure (2026-03-13)"
 */
export const check = (
  course: Course,
  subject: Subject,
  today: string
): Effect.Effect<void, DateAfterToday | DatesOutOfOrder> => {
  const steps = stepsOf(course)
  const own = steps.filter(isOf(subject))
  for (const step of own)
    if (step.date > today) {
      const path = step.kind === subject.kind ? step.path : ["date"]
      return Effect.fail(
        new DateAfterToday({
          path,
          date: step.date,
          today,
          message: `${step.what} (${step.date}) cannot be after today (${today})`
        })
      )
    }
  // a record's later date first: a comparative block before its first block is the comparative's error
  for (const step of own.filter((s) => s.kind === subject.kind).reverse()) {
    const others = steps.filter((o) => o !== step).sort((a, b) => distance(step, a) - distance(step, b))
    for (const other of others) {
      const o = order(step, other)
      if (o < 0 && step.date > other.date) return Effect.fail(outOfOrder(step, step, other, "after"))
      if (o > 0 && step.date < other.date) return Effect.fail(outOfOrder(step, other, step, "before"))
    }
  }
  return Effect.void
}

const outOfOrder = (subject: Step, earlier: Step, later: Step, word: "before" | "after") => {
  const other = subject === earlier ? later : earlier
  return new DatesOutOfOrder({
    path: subject.path,
    earlier: { what: earlier.what, date: earlier.date },
    later: { what: later.what, date: later.date },
    message: `${subject.what} (${subject.date}) cannot be ${word} ${other.what} (${other.date})`
  })
}

/** The youngest age, in years, at which a patient may be screened for the study (adults only). */
export const adultAge = 18

/** A birth year after the current year. */
export class BirthYearInFuture extends Data.TaggedError("BirthYearInFuture")<{
  readonly birthYear: number
  readonly message: string
}> {}

/** A patient under 18 in the year of the screening. */
export class UnderageAtScreening extends Data.TaggedError("UnderageAtScreening")<{
  readonly birthYear: number
  readonly screeningDate: string
  readonly message: string
}> {}

/**
 * The birth year must not lie after today's year; when the screening is known, the patient must turn at least 18
 * in the year of the screening (only the birth year is kept: screening year − birth year ≥ 18).
 *
 * @example
 * StudyCalendar.checkBirthYear(2010, "2026-03-02", "2026-12-07") // UnderageAtScreening
 */
export const checkBirthYear = (
  birthYear: number,
  screeningDate: string | null,
  today: string
): Effect.Effect<void, BirthYearInFuture | UnderageAtScreening> => {
  if (birthYear > Number(today.slice(0, 4)))
    return Effect.fail(
      new BirthYearInFuture({
        birthYear,
        message: `the birth year (${birthYear}) cannot be after this year (${today.slice(0, 4)})`
      })
    )
  if (screeningDate !== null && Number(screeningDate.slice(0, 4)) - birthYear < adultAge)
    return Effect.fail(
      new UnderageAtScreening({
        birthYear,
        screeningDate,
        message: `a patient born in ${birthYear} is under ${adultAge} at the screening (${screeningDate}): the study includes adults only`
      })
    )
  return Effect.void
}
