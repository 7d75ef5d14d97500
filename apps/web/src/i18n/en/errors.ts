import type { StudyCalendar } from "@cryoreg/domain"

const steps: Record<StudyCalendar.CourseStep, string> = {
  screening: "the screening",
  diagnosticBlock: "the diagnostic block",
  comparativeBlock: "the comparative block",
  procedure: "the procedure",
  baselineVisit: "the baseline visit",
  month3Visit: "the 3-month visit",
  month6Visit: "the 6-month visit",
  adverseEventOnset: "the onset of the adverse event",
  adverseEventResolution: "the resolution of the adverse event"
}

/**
 * What the dashboard says of a refused value or request (English): one text per issue code of the API
 * (`Issues` in the contract), the field named as its form labels it, and one per error of the API.
 */
export const errors = {
  thisField: "this field",
  or: "or",
  yes: "yes",
  no: "no",
  formNeedsAttention: "Some fields need attention: nothing was saved.",
  issue: {
    required: "Fill in “{{ field }}”",
    requiredUnnamed: "Fill in this field",
    requiredChoice: "Choose {{ field }}: {{ allowed }}",
    oneOf: "Choose {{ field }}: {{ allowed }}",
    range: "{{ field }}: a number from {{ min }} to {{ max }}",
    rangeWhole: "{{ field }}: a whole number from {{ min }} to {{ max }}",
    atLeast: "{{ field }}: {{ min }} or more",
    moreThan: "{{ field }}: more than {{ min }}",
    atMost: "{{ field }}: at most {{ max }}",
    whole: "{{ field }}: a whole number",
    type: "{{ field }}: enter a number",
    typeText: "{{ field }}: enter text",
    typeYesNo: "Answer {{ field }}: yes or no",
    idPattern:
      "{{ field }}: 1–{{ max }} characters of: the letters a–z without accents (no ł, ó), digits, the marks {{ marks }}; starting with a letter or digit",
    usernamePattern:
      "{{ field }}: {{ min }}–{{ max }} characters of: the lower-case letters a–z without accents (no ł, ó), digits, the marks {{ marks }}, no spaces; starting with a letter or digit",
    pattern: "{{ field }}: use letters, digits, dots, dashes or colons, starting with a letter or digit",
    date: "{{ field }}: enter a date that exists in the calendar",
    tooLong: "{{ field }}: at most {{ max }} characters",
    tooShort: "{{ field }}: at least {{ min }} characters",
    unexpected: "{{ field }} is not part of this form",
    invalid: "{{ field }}: check this value",
    dateOrder: "{{ field }}: the dates are out of order ({{ earlierDate }} must come before {{ laterDate }})",
    notBefore: "{{ field }}: cannot be before {{ other }} ({{ otherDate }})",
    notAfter: "{{ field }}: cannot be after {{ other }} ({{ otherDate }})",
    dateInFuture: "{{ field }}: the date cannot be after today ({{ today }})",
    dayInFuture: "{{ field }}: that day has not come yet (today is {{ today }})",
    birthYearInFuture: "{{ field }}: cannot be after this year",
    side: "{{ field }}: the patient's treated side is {{ treatedSide }}; choose it",
    analgesic:
      "{{ field }}: unknown drug “{{ drug }}”; enter its generic name (e.g. ibuprofen) or its ATC code",
    analgesicContradiction: "{{ field }}: {{ drug }} belongs here; tick it, or remove the drug",
    freezeProtocol: "{{ field }}: the freeze protocol does not allow this step",
    odi: "{{ field }}: answer at least 9 of the 10 sections",
    blockPain: "{{ field }}: the pain before the block must be at least 1",
    patientIdPrefix: "{{ field }}: begin with {{ prefix }}",
    password: "{{ field }}: choose a longer password that is harder to guess",
    underage: "{{ field }}: the patient must be at least {{ minAge }} in the year of the screening",
    unknown: "{{ field }}: {{ value }} is not known to the registry",
    answerCount: "{{ field }}: answer all {{ count }} sections",
    ownAccountDeactivate: "You cannot deactivate your own account",
    ownAccountResetPassword: "You cannot reset your own password here: use “Change password”",
    deviceAccountReactivate: "A device account ends with its procedure and cannot be reactivated",
    deviceAccountResetPassword: "A device account signs in with its token only: it has no password",
    noMatch: "{{ field }}: no treated patient you may see matches; widen the selection",
    notForSex: "{{ field }}: does not apply to a male patient; choose “no”",
    taken: {
      patient: "{{ field }} {{ value }} is already taken: enter another",
      user: "{{ field }} “{{ value }}” is already taken: choose another",
      center: "{{ field }} “{{ value }}” is already taken: choose another",
      other: "{{ field }}: {{ value }} is already recorded"
    },
    takenVisit: {
      baseline: "A baseline visit is already recorded for this patient: correct it instead",
      month3: "A 3-month visit is already recorded for this patient: correct it instead",
      month6: "A 6-month visit is already recorded for this patient: correct it instead"
    },
    illFormedText: "{{ field }}: the text holds a character that cannot be stored; type it again",
    otherNeedsDescription: "{{ field }}: describe the event (its type is “other”)",
    resolutionBeforeOnset:
      "{{ field }}: cannot come before the onset (day {{ onsetDays }} after the procedure)",
    unchanged:
      "Nothing was changed: every value is the same as in the registry, so the correction was not saved. Change the value you are correcting, or cancel.",
    recordedByProbe: "{{ field }}: a live procedure's lesions are the probe's record and cannot be corrected"
  },
  // a value taken already (AlreadyRecorded), said by what it is, for the form's sentence
  taken: {
    user: "This user name is already taken: choose another.",
    center: "This center code is already taken: choose another."
  },
  quoted: "“{{ label }}”",
  dateInput: {
    placeholder: "e.g. 7 Dec 2026",
    format: "{{ field }}: write the date as 7 Dec 2026 (or 2026-12-07)",
    calendar: "{{ field }}: {{ text }} is not a day of the calendar"
  },
  /** The other record of a date-order refusal, after "before" (`notBefore`) and after "after" (`notAfter`). */
  courseStep: { notBefore: steps, notAfter: steps },
  // the earlier step missing (StepOutOfOrder), named
  stepMissing: {
    screening: "Record the patient's screening first: nothing was saved.",
    eligibility:
      "A procedure needs a patient eligible for the study (screening and a positive diagnostic block): nothing was saved.",
    procedure: "Record the procedure first: this visit comes after it. Nothing was saved."
  },
  problem: {
    InvalidRequest: "Some fields need attention: nothing was saved.",
    RuleViolation: "The study's rules do not allow this: nothing was saved.",
    NotFound: "This record does not exist, or it belongs to another center.",
    NoSuchRoute: "This version of the registry cannot do that.",
    AlreadyRecorded: "This record exists already: correct the one recorded.",
    ProcedureExists: "The patient already has a procedure: correct the one recorded.",
    ProcedureNotOpen: "The procedure has ended: it can no longer be changed.",
    PatientWithdrawn: "The patient was withdrawn: the record is read-only.",
    StepOutOfOrder: "An earlier step is missing (screening, a positive block, the procedure).",
    RecordChanged:
      "A colleague changed this record meanwhile: the form now shows their values; check them and save again.",
    Unauthorized: "Your session has ended: sign in again.",
    InvalidCredentials: "Wrong user name or password.",
    Forbidden: "Your role may not do this.",
    PasswordChangeRequired: "Change your password first: it was set for you.",
    TooManyRequests: "Too many attempts: wait a moment and try again.",
    Unreachable: "The registry cannot be reached: check the connection and try again.",
    other: "The registry refused the request: nothing was saved."
  }
}
