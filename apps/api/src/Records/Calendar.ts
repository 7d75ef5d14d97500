import { CourseIssues, type Issue, type IssueCode, type IssueParams, Issues } from "@cryoreg/contract"
import { Laterality, type Model, StudyCalendar } from "@cryoreg/domain"
import { Effect } from "effect"
import { RuleViolation } from "../Errors.js"
import type { PatientFile } from "../Patients/File.js"
import { mapErrorNow, steps } from "./Decided.js"

type Course = StudyCalendar.Course
type Item<K extends keyof Course> =
  NonNullable<Course[K]> extends ReadonlyArray<infer A> ? A : NonNullable<Course[K]>

/** A record as a write leaves it: it replaces the stored one of its id, or joins the patient's course. */
export type Written =
  | { readonly kind: "screening"; readonly value: Item<"screening"> }
  | { readonly kind: "block"; readonly value: Item<"blocks"> }
  | { readonly kind: "procedure"; readonly value: Item<"procedure"> }
  | { readonly kind: "visit"; readonly value: Item<"visits"> }
  | { readonly kind: "adverseEvent"; readonly value: Item<"adverseEvents"> }

const violation = (
  code: IssueCode,
  path: ReadonlyArray<string | number>,
  message: string,
  params: IssueParams = {}
) => new RuleViolation({ message, issues: [Issues.rule(code, path, message, params)] })

// Every refusal of one check as one 422 naming each field (and both dates where two are compared).
const refusedAll = <E>(problems: ReadonlyArray<E>, issueOf: (e: E) => Issue) =>
  problems.length === 0
    ? Effect.void
    : Effect.fail(
        new RuleViolation({
          message: problems.map((p) => issueOf(p).message).join("; "),
          issues: problems.map(issueOf)
        })
      )

const birthYearViolation =
  (path: ReadonlyArray<string>) => (e: StudyCalendar.BirthYearInFuture | StudyCalendar.UnderageAtScreening) =>
    e._tag === "BirthYearInFuture"
      ? violation("dateInFuture", path, e.message, {
          birthYear: e.birthYear,
          min: e.min,
          max: e.max,
          integer: true
        })
      : violation("underage", path, e.message, {
          minAge: StudyCalendar.adultAge,
          birthYear: e.birthYear,
          screeningDate: e.screeningDate
        })

const merged = <A extends { readonly id: string }>(
  stored: ReadonlyArray<{ readonly value: A }>,
  written: Written,
  kind: Written["kind"]
): ReadonlyArray<A> => {
  const values = stored.map((s) => s.value)
  if (written.kind !== kind) return values
  return [...values.filter((v) => v.id !== written.value.id), written.value as unknown as A]
}

/** The patient's course of dates with the written record in it. */
const courseOf = (file: PatientFile, written: Written): Course => ({
  screening: written.kind === "screening" ? written.value : (file.screening?.value ?? null),
  blocks: merged(file.blocks, written, "block"),
  procedure: written.kind === "procedure" ? written.value : (file.procedure?.value ?? null),
  visits: merged(file.visits, written, "visit"),
  adverseEvents: merged(file.adverseEvents, written, "adverseEvent")
})

/**
 * The study's calendar for a write (the domain's `StudyCalendar`): the written record's dates not after
 * `today`, in order with the rest of the patient's course; a screening of a patient under 18 is refused.
 * A 422 naming every field refused, and both dates where two are compared.
 */
export const checkCalendar = (file: PatientFile, written: Written, today: string) =>
  steps(
    () =>
      refusedAll(
        StudyCalendar.problems(courseOf(file, written), { kind: written.kind, id: written.value.id }, today),
        CourseIssues.ofCalendar
      ),
    () =>
      written.kind === "screening"
        ? mapErrorNow(
            StudyCalendar.checkBirthYear(file.patient.birthYear, written.value.date, today),
            birthYearViolation(["date"])
          )
        : Effect.void
  )

/** A procedure (recorded or live) and its lesions on the patient's treated side (`Laterality`); a 422 naming every side refused. */
export const checkSide = (patient: Model.Patient, procedure: Parameters<typeof Laterality.problems>[1]) =>
  refusedAll(Laterality.problems(patient.treatedSide, procedure), (e) => CourseIssues.ofSide(e))

/**
 * The patient's own data against the study's rules, on registration (no file yet) and on correction: the
 * birth year (not after this year, an adult at the screening) and the treated side keeping the procedure's.
 */
export const checkPatient = (patient: Model.Patient, file: PatientFile | null, today: string) =>
  steps(
    () =>
      mapErrorNow(
        StudyCalendar.checkBirthYear(patient.birthYear, file?.screening?.value.date ?? null, today),
        birthYearViolation(["birthYear"])
      ),
    () => {
      const procedure = file?.procedure?.value
      return procedure === undefined
        ? Effect.void
        : mapErrorNow(
            Laterality.check(patient.treatedSide, { side: procedure.side }),
            (e) =>
              new RuleViolation({ message: e.message, issues: [CourseIssues.ofSide(e, ["treatedSide"])] })
          )
    }
  )
