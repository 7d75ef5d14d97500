import { CourseIssues, type Issue } from "@cryoreg/contract"
import { Model, StudyCalendar } from "@cryoreg/domain"
import { Schema } from "effect"
import { num, str, type Values } from "../forms/form"
import { today } from "../i18n/today"

/** A date the calendar has, by the domain's rule (`Model.CalendarDate`); another is the schema's error, not judged here. */
export const isDate = Schema.is(Model.CalendarDate)
const isTimepoint = Schema.is(Model.Timepoint)
const isNumber = (n: number | undefined): n is number => n !== undefined && !Number.isNaN(n)

/** A patient's course with no dated record yet. */
export const emptyCourse: StudyCalendar.Course = {
  screening: null,
  blocks: [],
  procedure: null,
  visits: [],
  adverseEvents: []
}

// The calendar's problems of the record a form writes (`StudyCalendar.problems`), worded by the contract.
const calendar = (course: StudyCalendar.Course, kind: StudyCalendar.RecordKind, id: string) =>
  StudyCalendar.problems(course, { kind, id }, today()).map(CourseIssues.ofCalendar)

/*
 * The study's rules the record forms can judge before sending, as the API judges them (the domain's
 * `StudyCalendar.problems` and `Model.adverseEventRuleProblems`, worded by the contract's `CourseIssues`), shown
 * with the form's other errors so one submit shows every problem. A field left empty or mistyped is the
 * schema's error, not judged here.
 */

/** The screening's date: not after today. */
export const screeningRules = (v: Values): ReadonlyArray<Issue> =>
  isDate(v.date)
    ? calendar({ ...emptyCourse, screening: { id: "screening", date: v.date } }, "screening", "screening")
    : []

/** A diagnostic block's date: not after today. */
export const blockRules = (v: Values): ReadonlyArray<Issue> =>
  isDate(v.date)
    ? calendar({ ...emptyCourse, blocks: [{ id: "block", date: v.date }] }, "block", "block")
    : []

/** A live procedure's date: not after today. */
export const liveProcedureRules = (v: Values): ReadonlyArray<Issue> =>
  isDate(v.date)
    ? calendar({ ...emptyCourse, procedure: { id: "procedure", date: v.date } }, "procedure", "procedure")
    : []

/** A visit's date: not after today, and in order with the procedure's date when there is one. */
export const visitRules =
  (procedureDate: string | null | undefined) =>
  (v: Values): ReadonlyArray<Issue> => {
    // without its time point the visit's order is not known: its date is judged against today only
    const timepoint = isTimepoint(v.timepoint) ? v.timepoint : undefined
    const known = timepoint !== undefined
    return isDate(v.date)
      ? calendar(
          {
            ...emptyCourse,
            procedure: known && isDate(procedureDate) ? { id: "procedure", date: procedureDate } : null,
            visits: [{ id: "visit", timepoint: timepoint ?? "month3", date: v.date }]
          },
          "visit",
          "visit"
        )
      : []
  }

/**
 * An adverse event's rules between its fields (type "other" with its description, resolution not before onset)
 * and its days against today when the procedure's date is known (`Model.adverseEventRuleProblems`,
 * `StudyCalendar.problems`).
 */
export const adverseEventRules =
  (procedureDate: string | null | undefined) =>
  (v: Values): ReadonlyArray<Issue> => {
    const onset = num(v.onsetDays)
    const resolution = num(v.resolutionDays)
    const rules = Model.adverseEventRuleProblems({
      type: v.type,
      description: str(v.description),
      ...(isNumber(onset) ? { onsetDays: onset } : {}),
      ...(isNumber(resolution) ? { resolutionDays: resolution } : {})
    }).map(CourseIssues.ofAdverseEventRule)
    const days =
      isDate(procedureDate) && isNumber(onset)
        ? calendar(
            {
              ...emptyCourse,
              procedure: { id: "procedure", date: procedureDate },
              adverseEvents: [
                { id: "event", onsetDays: onset, resolutionDays: isNumber(resolution) ? resolution : null }
              ]
            },
            "adverseEvent",
            "event"
          )
        : []
    return [...days, ...rules]
  }
