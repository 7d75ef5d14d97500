import { ApiError, type Issue, Problems, usernameRule } from "@cryoreg/contract"
import { Model, StudyCalendar } from "@cryoreg/domain"
import { Schema } from "effect"
import { date, locale, num, t } from "../i18n"
import { drugName, sideWord } from "../i18n/study-words"

const isSide = Schema.is(Model.TreatedSide)
const isTimepoint = Schema.is(Model.Timepoint)

/** How a form names one of its fields: the label it shows, and the words of a select's options. */
export interface FieldLabel {
  readonly label: string
  readonly options?: Readonly<Record<string, string>>
}

/**
 * A form's labels by the dotted key of the field ("sex", "lesions.0.side"); a key with `*` for an index
 * ("odiAnswers.*") names every element. A plain string is a label without options.
 */
export type FieldLabels = Readonly<Record<string, FieldLabel | string>>

const labelOf = (labels: FieldLabels, path: ReadonlyArray<string | number>): FieldLabel | undefined => {
  // the field itself, then any index as "*", then the nearest enclosing field that has a label
  for (let n = path.length; n > 0; n--) {
    const part = path.slice(0, n)
    for (const key of [part.join("."), part.map((p) => (typeof p === "number" ? "*" : p)).join(".")]) {
      const found = labels[key]
      if (found !== undefined) return typeof found === "string" ? { label: found } : found
    }
  }
  return undefined
}

/**
 * A label or a choice as it reads inside a sentence, in the user's language: "Sex" is "sex", the choice
 * "Wizyta wyjściowa" is "wizyta wyjściowa"; an abbreviation or a code (NRS, ODI, S1, N02AX02, L) keeps
 * its capitals, as it has no lower-case letter after its first.
 */
export const inSentence = (label: string): string =>
  /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase(locale()) + label.slice(1) : label

const valueWords = (value: unknown, field: FieldLabel | undefined): string => {
  if (typeof value === "boolean") return t(value ? "errors.yes" : "errors.no")
  if (typeof value === "number") return num(value)
  return field?.options?.[String(value)] ?? String(value)
}

// A select's choice keeps its capital in the list ("Lewa"); named in a sentence it is in lower case ("lewa").
const choiceWords = (value: unknown, field: FieldLabel | undefined): string =>
  inSentence(valueWords(value, field))

// A select names only the choices it offers, in its own order (the schema's may differ): a value it has no
// words for is not listed.
const alternatives = (values: ReadonlyArray<unknown>, field: FieldLabel | undefined) => {
  const options = field?.options
  const offered =
    options === undefined
      ? values
      : Object.keys(options).flatMap((key) => values.filter((v) => String(v) === key))
  const words = (offered.length > 0 ? offered : values).map((v) => choiceWords(v, field))
  return words.length < 2
    ? words.join("")
    : `${words.slice(0, -1).join(", ")} ${t("errors.or")} ${words.at(-1)}`
}

type ChoiceWords = "errors.issue.requiredChoice" | "errors.issue.oneOf" | "errors.issue.typeYesNo"

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1)

const numberText = (x: unknown) => (typeof x === "number" ? num(x) : "")

// A date an issue names, as the user's language writes dates ("7 Dec 2026", "07.12.2026").
const dateText = (x: unknown) => (typeof x === "string" && x !== "" ? date(x) : String(x ?? ""))

type AccountWords =
  | "errors.issue.ownAccountDeactivate"
  | "errors.issue.ownAccountResetPassword"
  | "errors.issue.deviceAccountReactivate"
  | "errors.issue.deviceAccountResetPassword"

// What an administrator may not do to their own account, or to a probe's
const accountActs = {
  ownAccount: {
    deactivate: "errors.issue.ownAccountDeactivate",
    resetPassword: "errors.issue.ownAccountResetPassword"
  },
  deviceAccount: {
    reactivate: "errors.issue.deviceAccountReactivate",
    resetPassword: "errors.issue.deviceAccountResetPassword"
  }
} as const

const isStep = (x: unknown): x is StudyCalendar.CourseStep => Schema.is(StudyCalendar.CourseStep)(x)

// The other record (a step of the course) or field (as its form labels it) a date was compared with, worded
// for the relation ("before the procedure", Polish "przed zabiegiem" / "po zabiegu").
const otherOf = (p: Issue["params"], labels: FieldLabels) => {
  if (isStep(p.otherRecord)) {
    const step = p.otherRecord
    return (relation: "notBefore" | "notAfter") => t(`errors.courseStep.${relation}.${step}`)
  }
  const field = typeof p.otherField === "string" ? labelOf(labels, p.otherField.split(".")) : undefined
  return field === undefined ? undefined : () => t("errors.quoted", { label: field.label })
}

/**
 * A field left empty, in the words of every form ("Fill in “Operator”"): the schema's `required` issue's.
 *
 * @example
 * requiredText("Operator") // "Uzupełnij pole „Operator”" in Polish
 */
export const requiredText = (label: string): string =>
  wordIssue({ code: "required", path: ["field"], params: {}, message: "" }, { field: { label } })

/**
 * One issue of the API (or of the form's own check, which decodes with the same schema) in the user's
 * language: the field named as the form labels it, and what is allowed.
 *
 * @example
 * wordIssue({ code: "oneOf", path: ["sex"], params: { allowed: ["female", "male"] }, message: "…" },
 *   { sex: { label: "Patient's sex", options: { female: "female", male: "male" } } })
 * // "Choose patient's sex: female or male"
 */
export const wordIssue = (issue: Issue, labels: FieldLabels = {}): string => {
  const field = labelOf(labels, issue.path)
  const name = field === undefined ? t("errors.thisField") : inSentence(field.label)
  const p = issue.params
  const allowed = Array.isArray(p.allowed) ? alternatives(p.allowed, field) : ""
  const Name = capitalized(name)
  const words = {
    field: Name,
    allowed,
    min: numberText(p.min),
    max: numberText(p.max),
    count: numberText(p.count),
    onsetDays: numberText(p.onsetDays)
  }
  // a choice names the field inside the sentence ("Choose patient's sex"), or first (Polish "Strona leczona: wybierz …")
  const choice = (key: ChoiceWords) => capitalized(t(key, { ...words, field: name }))
  switch (issue.code) {
    case "required":
      if (allowed !== "") return choice("errors.issue.requiredChoice")
      // a label is quoted as the form shows it: "Fill in “Reason for the retraction”"
      return field === undefined
        ? t("errors.issue.requiredUnnamed")
        : t("errors.issue.required", { field: field.label })
    case "oneOf":
      return choice("errors.issue.oneOf")
    case "range": {
      const whole = p.integer === true
      if (typeof p.min === "number" && typeof p.max === "number")
        return t(whole ? "errors.issue.rangeWhole" : "errors.issue.range", words)
      if (typeof p.min === "number")
        return t(p.minExclusive === true ? "errors.issue.moreThan" : "errors.issue.atLeast", words)
      if (typeof p.max === "number") return t("errors.issue.atMost", words)
      return t("errors.issue.whole", words)
    }
    case "type":
      return p.expected === "yesNo"
        ? choice("errors.issue.typeYesNo")
        : t(p.expected === "text" ? "errors.issue.typeText" : "errors.issue.type", words)
    case "dateInFuture":
      // a birth year: the years allowed, from the earliest to this year (`StudyCalendar.birthYearRange`)
      if (typeof p.birthYear === "number" && typeof p.min === "number" && typeof p.max === "number")
        return t("errors.issue.rangeWhole", words)
      return typeof p.birthYear === "number"
        ? t("errors.issue.birthYearInFuture", words)
        : t(p.unit === "days" ? "errors.issue.dayInFuture" : "errors.issue.dateInFuture", {
            ...words,
            today: dateText(p.today)
          })
    case "dateOrder": {
      const other = otherOf(p, labels)
      if (other === undefined || (p.relation !== "notBefore" && p.relation !== "notAfter"))
        return t("errors.issue.dateOrder", {
          ...words,
          earlierDate: dateText(p.earlierDate),
          laterDate: dateText(p.laterDate)
        })
      return t(`errors.issue.${p.relation}`, {
        ...words,
        other: other(p.relation),
        otherDate: dateText(p.otherDate)
      })
    }
    case "side":
      return t("errors.issue.side", {
        ...words,
        treatedSide: isSide(p.treatedSide) ? sideWord(p.treatedSide) : String(p.treatedSide)
      })
    case "analgesic":
      // the drugs the domain does not know, as written
      return t("errors.issue.analgesic", { ...words, drug: Array.isArray(p.drugs) ? p.drugs.join(", ") : "" })
    case "analgesicContradiction":
      // the drug named, by its name even when written as its ATC code
      return t("errors.issue.analgesicContradiction", { ...words, drug: drugName(String(p.drug ?? "")) })
    case "pattern":
      // an id (a center's code, a patient's id): the domain's rule, its length and characters, in words
      return p.pattern === Model.idRule.pattern.source
        ? t("errors.issue.idPattern", {
            ...words,
            max: num(Model.idRule.maxLength),
            marks: Model.idRule.marks.join(" ")
          })
        : p.pattern === usernameRule.pattern.source
          ? t("errors.issue.usernamePattern", {
              ...words,
              min: num(usernameRule.minLength),
              max: num(usernameRule.maxLength),
              marks: usernameRule.marks.join(" ")
            })
          : t("errors.issue.pattern", words)
    case "patientIdPrefix":
      return t("errors.issue.patientIdPrefix", { ...words, prefix: String(p.prefix ?? "") })
    case "underage":
      return t("errors.issue.underage", { ...words, minAge: numberText(p.minAge) })
    case "unknown":
      return t("errors.issue.unknown", { ...words, value: valueWords(p.value, field) })
    case "taken": {
      // a visit is named by its time point; an id, a user name or a center code by the form's label
      if (p.record === "visit" && isTimepoint(p.value)) return t(`errors.issue.takenVisit.${p.value}`)
      const record =
        p.record === "patient" || p.record === "user" || p.record === "center" ? p.record : "other"
      return t(`errors.issue.taken.${record}`, { ...words, value: valueWords(p.value, field) })
    }
    case "ownAccount":
    case "deviceAccount": {
      const key = (accountActs[issue.code] as Readonly<Record<string, AccountWords>>)[String(p.act)]
      return key === undefined ? t("errors.issue.invalid", words) : t(key)
    }
    default:
      return t(`errors.issue.${issue.code}`, words)
  }
}

// InvalidRequest is worded so for the audit log; a form says `errors.formNeedsAttention` (`wordProblem`)
const problemTags = [
  "InvalidRequest",
  "RuleViolation",
  "NotFound",
  "NoSuchRoute",
  "AlreadyRecorded",
  "ProcedureExists",
  "ProcedureNotOpen",
  "PatientWithdrawn",
  "StepOutOfOrder",
  "RecordChanged",
  "Unauthorized",
  "InvalidCredentials",
  "Forbidden",
  "PasswordChangeRequired",
  "TooManyRequests"
] as const

/** The sentence of an API error by its tag ("RuleViolation"), in the user's language; undefined for another tag. */
export const wordErrorTag = (tag: string): string | undefined =>
  (problemTags as ReadonlyArray<string>).includes(tag)
    ? t(`errors.problem.${tag as (typeof problemTags)[number]}`)
    : undefined

// Issues of a whole request, at no field, that say more than the error's tag: a correction that changes nothing.
const requestCodes: ReadonlyArray<Issue["code"]> = ["unchanged"]

/**
 * The sentence of a failed call (an `ApiError` or anything thrown) in the user's language: an issue of the
 * whole request when it has one (`unchanged`), else by the error's tag.
 */
export const wordProblem = (error: unknown): string => {
  if (error !== null && typeof error === "object" && "status" in error && error.status === 0)
    return t("errors.problem.Unreachable")
  const whole = Problems.issues(error).find((i) => i.path.length === 0 && requestCodes.includes(i.code))
  if (whole !== undefined) return wordIssue(whole)
  // a user name or a center code taken already: the form's sentence says which, and to choose another
  const taken = Problems.issues(error).find((i) => i.path.length > 0 && i.code === "taken")
  if (
    Problems.is(error, "AlreadyRecorded") &&
    (taken?.params.record === "user" || taken?.params.record === "center")
  )
    return t(`errors.taken.${taken.params.record}`)
  // fields refused, or a value taken already, said beside its field: the forms' one sentence asks to correct them
  if (
    Problems.is(error, "InvalidRequest") ||
    (Problems.is(error, "AlreadyRecorded") && Problems.issues(error).some((i) => i.path.length > 0))
  )
    return t("errors.formNeedsAttention")
  const tag = problemTags.find((tag) => Problems.is(error, tag))
  // the earlier step that is missing, named (the screening, the patient's eligibility, the procedure)
  const missing = Problems.field(error, "missing")
  if (
    tag === "StepOutOfOrder" &&
    (missing === "screening" || missing === "eligibility" || missing === "procedure")
  )
    return t(`errors.stepMissing.${missing}`)
  if (tag !== undefined) return t(`errors.problem.${tag}`)
  // a sentence the dashboard worded itself (e.g. what a colleague changed meanwhile) is shown as it is
  if (error instanceof Error && !(error instanceof ApiError) && error.message !== "") return error.message
  return t("errors.problem.other")
}
