import {
  type ImportCode,
  type ImportProblem,
  type ImportRule,
  type Issue,
  type IssueCode,
  type IssueParams,
  Issues
} from "@cryoreg/contract"
import { ParseResult, type Schema } from "effect"
import { fastDecoder, notFast } from "../http/FastDecode.js"
import type { RecordKind } from "../Patients/Decode.js"
import type { PatientFile } from "../Patients/File.js"
import { eligibilityOf } from "../Patients/Status.js"
import type { Cell, Locate } from "./Source.js"

/** The rules an import names, in words. */
export const rules = {
  format: "value allowed in this column",
  study: "study rule",
  order: "order of the study's steps",
  once: "one record of this kind per patient",
  center: "patients of the importing center only",
  stored: "a stored record is corrected in the registry, not overwritten by an import",
  withdrawn: "a withdrawn patient's record is read-only",
  file: "layout of the file",
  reference: "references resolve inside the Bundle"
} as const

const ruleCodes = new Map<string, ImportRule>(
  Object.entries(rules).map(([code, words]) => [words, code as ImportRule])
)

/**
 * A problem at a cell: the rule (by its words in `rules`), the English message, and the code and
 * parameters a client words it with.
 */
export const problemAt = (
  cell: Cell,
  rule: string,
  message: string,
  code?: IssueCode | ImportCode,
  params: IssueParams = {}
): ImportProblem => {
  const ruleCode = ruleCodes.get(rule)
  return {
    file: cell.file,
    row: cell.row,
    column: cell.column,
    rule,
    message,
    ...(ruleCode === undefined ? {} : { ruleCode }),
    ...(code === undefined ? {} : { code, params })
  }
}

const ruleOfTag: Record<string, string> = {
  InvalidRequest: rules.format,
  RuleViolation: rules.study,
  StepOutOfOrder: rules.order,
  AlreadyRecorded: rules.once,
  ProcedureExists: rules.once,
  PatientWithdrawn: rules.withdrawn,
  Forbidden: rules.center
}

/** A domain or route failure as problems: one per issue, at the cell of its field, else at the record's. */
export const problemsOf = (
  error: { readonly _tag: string; readonly message: string; readonly issues?: ReadonlyArray<Issue> },
  at: Locate
): Array<ImportProblem> => {
  const rule = ruleOfTag[error._tag] ?? rules.study
  const issues = error.issues ?? []
  return issues.length === 0
    ? [problemAt(at([]), rule, error.message)]
    : issues.map((i) => problemAt(at(i.path), rule, i.message, i.code, i.params))
}

/**
 * Decodes an input with a contract Schema as a form's body is decoded (every issue, unknown fields
 * refused), or answers the problems, each at its field's cell.
 */
export const decodeInput = <A, I>(schema: Schema.Schema<A, I, never>) => {
  const options = { errors: "all", onExcessProperty: "error" } as const
  const decode = ParseResult.decodeUnknownEither(schema, options)
  // the routes' fast path: the Schema's own answer for a valid input, without building its issues
  const fast = fastDecoder(schema.ast, options)
  return (
    input: unknown,
    at: Locate
  ): { ok: true; value: A } | { ok: false; problems: Array<ImportProblem> } => {
    const quick = fast === null ? notFast : fast(input)
    if (quick !== notFast) return { ok: true, value: quick as A }
    const result = decode(input)
    if (result._tag === "Right") return { ok: true, value: result.right }
    // the schema's own English sentence per field (as the import always said), the code from the contract
    const said = new Map<string, string>()
    for (const i of ParseResult.ArrayFormatter.formatIssueSync(result.left)) {
      const key = JSON.stringify(i.path)
      if (!said.has(key)) said.set(key, i.message)
    }
    const problems = Issues.fromParseIssue(result.left).map((i) =>
      problemAt(at(i.path), rules.format, said.get(JSON.stringify(i.path)) ?? i.message, i.code, i.params)
    )
    return { ok: false, problems }
  }
}

const tidyNames = new Set(["visits.csv", "procedures.csv", "adverse-events.csv"])
const stageNames = { screening: "screening", block: "diagnostic block", procedure: "procedure" } as const
const recordNames = {
  screening: "a screening",
  block: "a diagnostic block",
  procedure: "a procedure",
  visit: "a visit",
  adverseEvent: "an adverse event"
} as const
const visitNames: Record<string, string> = {
  baseline: "a baseline visit",
  month3: "a 3-month visit",
  month6: "a 6-month visit"
}

/**
 * A record refused because a step before it is not in the patient's file (`StepOutOfOrder`), as the
 * coordinator fixes it: the stage that is missing and the file it goes in (`stageMissing`), or, for a
 * procedure, the eligibility criteria not met (`notEligible`). Nothing when the missing stage is in the
 * import but was refused itself (`inImport`): its own problems say what to correct.
 */
export const orderProblems = (
  file: PatientFile,
  kind: RecordKind,
  timepoint: string | undefined,
  at: Locate,
  inImport: (stage: keyof typeof stageNames) => boolean
): Array<ImportProblem> => {
  const patient = file.patient.id
  const cell = at([])
  const missing = (stage: keyof typeof stageNames) => {
    if (inImport(stage)) return []
    // the tidy template's screening and block rows are in visits.csv; elsewhere the file imported
    const addTo = tidyNames.has(cell.file)
      ? stage === "procedure"
        ? "procedures.csv"
        : "visits.csv"
      : cell.file
    const what = (timepoint !== undefined && visitNames[timepoint]) || recordNames[kind]
    return [
      problemAt(
        cell,
        rules.order,
        `patient ${patient} has ${what} but no ${stageNames[stage]}: add the ${stageNames[stage]} to ${addTo}`,
        "stageMissing",
        { patient, record: kind, stage, addTo, ...(timepoint === undefined ? {} : { timepoint }) }
      )
    ]
  }
  if (file.screening === null) return missing("screening")
  if (kind !== "procedure") return missing("procedure")
  const open = (eligibilityOf(file)?.criteria ?? []).filter((c) => c.met !== true)
  if (file.blocks.length === 0 && open.every((c) => c.id === "positiveDiagnosticBlock"))
    return missing("block")
  return [
    problemAt(
      cell,
      rules.order,
      `patient ${patient} is not eligible, so no procedure is recorded: ${open.map((c) => c.text).join(" ")}`,
      "notEligible",
      { patient, criteria: open.map((c) => c.id) }
    )
  ]
}
