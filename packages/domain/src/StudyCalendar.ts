/**
 * The study's calendar: today in the registry's time zone, the order of a patient's dates (screening to the
 * 6-month visit), a visit's days after the procedure computed from the dates and its protocol window, and
 * the patient's age at screening.
 */

export * from "./StudyCalendar/Age.js"
export * from "./StudyCalendar/Course.js"
export * from "./StudyCalendar/Dates.js"
export * from "./StudyCalendar/Visits.js"
