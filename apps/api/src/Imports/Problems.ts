import type { ImportProblem, Issue } from "@cryoreg/contract"
import { ParseResult, type Schema } from "effect"
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
  file: "layout of the file"
} as const

/** A problem at a cell. */
export const problemAt = (cell: Cell, rule: string, message: string): ImportProblem => ({
  file: cell.file,
  row: cell.row,
  column: cell.column,
  rule,
  message
})

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
    : issues.map((i) => problemAt(at(i.path), rule, i.message))
}

/**
 * Decodes an input with a contract Schema as a form's body is decoded (every issue, unknown fields
 * refused), or answers the problems, each at its field's cell.
 */
export const decodeInput = <A, I>(schema: Schema.Schema<A, I, never>) => {
  const decode = ParseResult.decodeUnknownEither(schema, { errors: "all", onExcessProperty: "error" })
  return (
    input: unknown,
    at: Locate
  ): { ok: true; value: A } | { ok: false; problems: Array<ImportProblem> } => {
    const result = decode(input)
    if (result._tag === "Right") return { ok: true, value: result.right }
    const seen = new Set<string>()
    const problems = ParseResult.ArrayFormatter.formatIssueSync(result.left).flatMap((i) => {
      const key = JSON.stringify(i.path)
      if (seen.has(key)) return []
      seen.add(key)
      return [problemAt(at(i.path as ReadonlyArray<string | number>), rules.format, i.message)]
    })
    return { ok: false, problems }
  }
}
