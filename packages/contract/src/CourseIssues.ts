/** The study's rules of a patient's course (its calendar, its treated side) as issues with codes and parameters. */

import type { Laterality, Model, StudyCalendar } from "@cryoreg/domain"
import { rule } from "./Issues.js"
import type { Issue } from "./Problem.js"

const daysSteps: ReadonlyArray<StudyCalendar.CourseStep> = ["adverseEventOnset", "adverseEventResolution"]

/**
 * A date the calendar refused (`StudyCalendar.problems`) with what a client needs to word it: the other record
 * (a `CourseStep`) and its date, the relation the written date broke, both dates compared; or today.
 */
export const ofCalendar = (e: StudyCalendar.DateAfterToday | StudyCalendar.DatesOutOfOrder): Issue =>
  e._tag === "DateAfterToday"
    ? rule("dateInFuture", e.path, e.message, {
        date: e.date,
        today: e.today,
        // an adverse event's onset and resolution are written as days after the procedure, not as dates
        ...(daysSteps.includes(e.step) ? { unit: "days" } : {})
      })
    : rule("dateOrder", e.path, e.message, {
        relation: e.relation,
        otherRecord: e.other.step,
        otherDate: e.other.date,
        earlier: e.earlier.what,
        earlierDate: e.earlier.date,
        later: e.later.what,
        laterDate: e.later.date
      })

/** A side not the patient's treated one (`Laterality.problems`), at the side's field (`path` when given). */
export const ofSide = (e: Laterality.SideNotTreated, path: ReadonlyArray<string | number> = e.path): Issue =>
  rule("side", path, e.message, { side: e.side, treatedSide: e.treatedSide })

/** A rule between an adverse event's fields it breaks (`Model.adverseEventRuleProblems`), as the API's schema says it. */
export const ofAdverseEventRule = (p: Model.AdverseEventRuleProblem): Issue =>
  rule(p.code, p.path, p.message, p.params)
