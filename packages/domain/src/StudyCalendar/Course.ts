import { Data, Effect, Schema } from "effect"
import { addDays } from "./Dates.js"
import { type VisitTiming, visitName } from "./Visits.js"

/**
 * The dated steps of a patient's course, as codes a client words in its own language (`describeStep` is the
 * English): the other record a refused date is compared with.
 */
export const CourseStep = Schema.Literal(
  "screening",
  "diagnosticBlock",
  "comparativeBlock",
  "procedure",
  "baselineVisit",
  "month3Visit",
  "month6Visit",
  "adverseEventOnset",
  "adverseEventResolution"
)
export type CourseStep = typeof CourseStep.Type

const stepWords: Record<CourseStep, string> = {
  screening: "the screening",
  diagnosticBlock: "the diagnostic block",
  comparativeBlock: "the comparative block",
  procedure: "the procedure",
  baselineVisit: visitName.baseline,
  month3Visit: visitName.month3,
  month6Visit: visitName.month6,
  adverseEventOnset: "the onset of the adverse event",
  adverseEventResolution: "the resolution of the adverse event"
}

/**
 * A step of the course in English, as the API's sentences name it.
 *
 * @example
 * StudyCalendar.describeStep("month3Visit") // "the 3-month visit"
 */
export const describeStep = (step: CourseStep): string => stepWords[step]

/** A dated record of the course as a refusal names it: its step and its date. */
export interface DatedStep {
  readonly step: CourseStep
  /** The step in English (`describeStep`). */
  readonly what: string
  readonly date: string
}

/** A date of a patient's course that lies after today in the registry's time zone. */
export class DateAfterToday extends Data.TaggedError("DateAfterToday")<{
  /** The field of the record being written. */
  readonly path: ReadonlyArray<string>
  /** The record the date belongs to (an adverse event's onset and resolution are written as days). */
  readonly step: CourseStep
  readonly date: string
  readonly today: string
  readonly message: string
}> {}

/** Two dates of a patient's course in the wrong order (a 3-month visit before the procedure, …). */
export class DatesOutOfOrder extends Data.TaggedError("DatesOutOfOrder")<{
  /** The field of the record being written. */
  readonly path: ReadonlyArray<string>
  readonly earlier: DatedStep
  readonly later: DatedStep
  /** The other record the written date was compared with. */
  readonly other: DatedStep
  /** What the written date may not be: before the other (`notBefore`) or after it (`notAfter`). */
  readonly relation: "notBefore" | "notAfter"
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
  readonly step: CourseStep
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
      step: "screening",
      ...at(screening.date, 0)
    })
  for (const b of course.blocks) {
    steps.push({ kind: "block", id: b.id, path: ["date"], step: "diagnosticBlock", ...at(b.date, 1) })
    if (b.comparative !== undefined)
      steps.push({
        kind: "block",
        id: b.id,
        path: ["comparative", "date"],
        step: "comparativeBlock",
        ...at(b.comparative.date, 2)
      })
  }
  if (procedure !== null)
    steps.push({
      kind: "procedure",
      id: procedure.id,
      path: ["date"],
      step: "procedure",
      ...at(procedure.date, 3)
    })
  for (const v of course.visits)
    if (v.date !== undefined)
      steps.push({
        kind: "visit",
        id: v.id,
        path: ["date"],
        step: `${v.timepoint}Visit`,
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
        step: "adverseEventOnset",
        date: onset,
        stage: "aftercare"
      })
      if (e.resolutionDays !== null)
        steps.push({
          kind: "adverseEvent",
          id: e.id,
          path: ["resolutionDays"],
          step: "adverseEventResolution",
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
 * The dates of the record being written (`subject`) checked against today (in the registry's time zone) and
 * against the rest of the course: screening ≤ diagnostic block ≤ comparative block ≤ procedure ≤ 3-month
 * visit ≤ 6-month visit, the baseline visit between the screening and the procedure, an adverse event's onset
 * and resolution (days after the procedure) not after today. Dates already stored that the write does not
 * touch are not judged again. Every field's problem at once (one each: a date after today, else its first
 * neighbour out of order, nearest first), each naming both dates; two dates of the record out of order with
 * each other are one problem, the later date's.
 *
 * @example
 * StudyCalendar.problems(course, { kind: "adverseEvent", id: "ae-1" }, "2026-12-07")
 * // [DateAfterToday at onsetDays, DateAfterToday at resolutionDays]
 */
export const problems = (
  course: Course,
  subject: Subject,
  today: string
): ReadonlyArray<DateAfterToday | DatesOutOfOrder> => {
  const steps = stepsOf(course)
  const own = steps.filter(isOf(subject))
  const out: Array<DateAfterToday | DatesOutOfOrder> = []
  const said = new Set<string>()
  const say = (path: ReadonlyArray<string>, problem: () => DateAfterToday | DatesOutOfOrder) => {
    const key = path.join(".")
    if (said.has(key)) return
    said.add(key)
    out.push(problem())
  }
  const future = new Set<Step>()
  for (const step of own)
    if (step.date > today) {
      future.add(step)
      const path = step.kind === subject.kind ? step.path : ["date"]
      say(
        path,
        () =>
          new DateAfterToday({
            path,
            step: step.step,
            date: step.date,
            today,
            message: `${describeStep(step.step)} (${step.date}) cannot be after today (${today})`
          })
      )
    }
  // a record's later date first: a comparative block before its first block is the comparative's error
  const blamed = new Set<Step>()
  for (const step of own.filter((s) => s.kind === subject.kind && !future.has(s)).reverse()) {
    const others = steps
      .filter((o) => o !== step && !blamed.has(o))
      .sort((a, b) => distance(step, a) - distance(step, b))
    for (const other of others) {
      const o = order(step, other)
      const wrong =
        o < 0 && step.date > other.date
          ? () => outOfOrder(step, step, other, "after")
          : o > 0 && step.date < other.date
            ? () => outOfOrder(step, other, step, "before")
            : null
      if (wrong === null) continue
      say(step.path, wrong)
      blamed.add(step)
      break
    }
  }
  return out
}

/**
 * `problems`, failing with the first: a date after today before any order, nearest neighbour first.
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
  const first = problems(course, subject, today)[0]
  return first === undefined ? Effect.void : Effect.fail(first)
}

const dated = (s: Step): DatedStep => ({ step: s.step, what: describeStep(s.step), date: s.date })

const outOfOrder = (subject: Step, earlier: Step, later: Step, word: "before" | "after") => {
  const other = subject === earlier ? later : earlier
  return new DatesOutOfOrder({
    path: subject.path,
    earlier: dated(earlier),
    later: dated(later),
    other: dated(other),
    relation: word === "before" ? "notBefore" : "notAfter",
    message: `${describeStep(subject.step)} (${subject.date}) cannot be ${word} ${describeStep(other.step)} (${other.date})`
  })
}
