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
    required: "Fill in {{ field }}",
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
    pattern: "{{ field }}: use letters, digits, dots, dashes or colons, starting with a letter or digit",
    date: "{{ field }}: enter a date that exists in the calendar",
    tooLong: "{{ field }}: at most {{ max }} characters",
    tooShort: "{{ field }}: at least {{ min }} characters",
    unexpected: "{{ field }} is not part of this form",
    invalid: "{{ field }}: check this value",
    dateOrder: "{{ field }}: the dates are out of order ({{ earlierDate }} must come before {{ laterDate }})",
    dateInFuture: "{{ field }}: the date cannot be after today ({{ today }})",
    birthYearInFuture: "{{ field }}: the birth year cannot be after this year",
    side: "{{ field }}: the patient's treated side is {{ treatedSide }}",
    analgesic: "{{ field }}: unknown drug; enter its generic name (e.g. ibuprofen) or its ATC code",
    analgesicContradiction: "{{ field }}: {{ drug }} belongs here; tick it, or remove the drug",
    freezeProtocol: "{{ field }}: the freeze protocol does not allow this step",
    odi: "{{ field }}: answer at least 9 of the 10 sections",
    blockPain: "{{ field }}: the pain before the block must be at least 1",
    patientIdPrefix: "{{ field }}: begin with {{ prefix }}",
    password: "{{ field }}: choose a longer password that is harder to guess",
    underage: "{{ field }}: the patient must be at least {{ minAge }} in the year of the screening",
    unknown: "{{ field }}: {{ value }} is not known to the registry"
  },
  side: { left: "left", right: "right", bilateral: "both sides" },
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
    TooManyRequests: "Too many attempts: wait a moment and try again.",
    Unreachable: "The registry cannot be reached: check the connection and try again.",
    other: "The registry refused the request: nothing was saved."
  }
}
