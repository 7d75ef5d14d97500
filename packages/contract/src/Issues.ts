/** Failed decodes as issues with codes and parameters. */

import { Model } from "@cryoreg/domain"
import { Option, ParseResult, Schema, SchemaAST } from "effect"
import { type Issue, IssueCode, type IssueParams } from "./Problem.js"

const isCode = Schema.is(IssueCode)

type Path = ReadonlyArray<string | number>

const isEmpty = (u: unknown) => u === undefined || u === null || (typeof u === "string" && u.trim() === "")

const show = (u: unknown) => (typeof u === "string" ? JSON.stringify(u) : String(u))

const literalsOf = (ast: SchemaAST.AST): Array<SchemaAST.LiteralValue> | null => {
  if (SchemaAST.isLiteral(ast)) return [ast.literal]
  if (SchemaAST.isUnion(ast)) {
    const all = ast.types.map(literalsOf)
    return all.every((l) => l !== null) ? all.flat() : null
  }
  if (SchemaAST.isRefinement(ast) || SchemaAST.isTransformation(ast))
    return literalsOf(SchemaAST.isRefinement(ast) ? ast.from : ast.to)
  return null
}

// The values a field may take when they are few: its literals, or yes and no.
const allowedOf = (ast: SchemaAST.AST): Array<string | number | boolean> => {
  if (SchemaAST.isBooleanKeyword(ast)) return [true, false]
  if (SchemaAST.isRefinement(ast) || SchemaAST.isTransformation(ast))
    if (SchemaAST.isBooleanKeyword(SchemaAST.isRefinement(ast) ? ast.from : ast.to)) return [true, false]
  return (literalsOf(ast) ?? []).filter(
    (v): v is string | number | boolean => v !== null && typeof v !== "bigint"
  )
}

// The bounds, lengths and pattern of a refined value, gathered down its chain of refinements.
const constraintsOf = (ast: SchemaAST.AST): Record<string, unknown> => {
  let out: Record<string, unknown> = {}
  let at: SchemaAST.AST = ast
  while (SchemaAST.isRefinement(at)) {
    const json = SchemaAST.getJSONSchemaAnnotation(at)
    if (Option.isSome(json)) out = { ...(json.value as Record<string, unknown>), ...out }
    const id = SchemaAST.getIdentifierAnnotation(at)
    if (Option.isSome(id) && out.identifier === undefined) out.identifier = id.value
    at = at.from
  }
  return out
}

const expectedOf = (ast: SchemaAST.AST): string => {
  if (SchemaAST.isNumberKeyword(ast)) return "number"
  if (SchemaAST.isStringKeyword(ast)) return "text"
  if (SchemaAST.isBooleanKeyword(ast)) return "yesNo"
  if (SchemaAST.isTupleType(ast)) return "list"
  if (SchemaAST.isTypeLiteral(ast)) return "object"
  return "value"
}

const english = (code: IssueCode, params: IssueParams, given: unknown): string => {
  const allowed = Array.isArray(params.allowed) ? params.allowed.map(show).join(", ") : ""
  switch (code) {
    case "required":
      return allowed === "" ? "a value is required" : `a value is required: one of ${allowed}`
    case "oneOf":
      return `choose one of ${allowed}; got ${show(given)}`
    case "unexpected":
      return "is not a field of this request"
    case "tooLong":
      return `at most ${params.max} characters`
    case "tooShort":
      return `at least ${params.min} characters`
    case "type":
      return `expected ${params.expected === "yesNo" ? "true or false" : `a ${params.expected}`}; got ${show(given)}`
    default:
      return `not allowed: ${show(given)}`
  }
}

const make = (code: IssueCode, path: Path, params: IssueParams, given: unknown, message?: string): Issue => ({
  code,
  path,
  params,
  message: message ?? english(code, params, given)
})

// The library's own message for one node when a schema annotated it (the domain's "NRS is …; got 11").
const annotated = (issue: ParseResult.ParseIssue): string | undefined => {
  if (issue._tag === "Missing") {
    const text = ParseResult.ArrayFormatter.formatIssueSync(issue)[0]?.message
    return text === "is missing" ? undefined : text
  }
  if (!("ast" in issue) || Option.isNone(SchemaAST.getMessageAnnotation(issue.ast))) return undefined
  return ParseResult.ArrayFormatter.formatIssueSync(issue)[0]?.message
}

// `outer`: the constraints of the refinements around this one (an integer's bounds when only "integer" failed)
const fromRefinement = (
  issue: ParseResult.Refinement,
  path: Path,
  outer: Record<string, unknown>
): Array<Issue> => {
  const c = { ...constraintsOf(issue.ast), ...outer }
  const given = issue.actual
  const message = annotated(issue)
  if (issue.kind === "From") return walk(issue.issue, path, c)
  // a predicate of a whole record (e.g. the adverse event's "resolution before onset") names its own field
  if (!ParseResult.isComposite(issue.issue) && issue.issue._tag === "Pointer") {
    const pointer = issue.issue
    const inner = pointer.issue
    // the predicate's own sentence, at the field it names: a rule ("invalid"), not a value of the wrong type
    if (!ParseResult.isComposite(inner) && inner._tag === "Type") {
      const more = (Array.isArray(pointer.path) ? pointer.path : [pointer.path]) as ReadonlyArray<PropertyKey>
      const at = path.concat(more.map((p) => (typeof p === "number" ? p : String(p))))
      const message = annotated(inner) ?? annotatedOrDefault(inner)
      // a rule the domain named (`Model.RuleAnnotationId`): its code and parameters; else a general one
      const named = SchemaAST.getAnnotation<Model.RuleAnnotation>(issue.ast, Model.RuleAnnotationId)
      if (Option.isSome(named) && isCode(named.value.code))
        return [make(named.value.code, at, named.value.params(issue.actual), inner.actual, message)]
      return [make("invalid", at, {}, inner.actual, message)]
    }
    return walk(pointer, path)
  }
  if (typeof c.minLength === "number" && isEmpty(given)) return [make("required", path, {}, given, message)]
  if (typeof c.maxLength === "number" && typeof given === "string" && given.length > c.maxLength)
    return [make("tooLong", path, { max: c.maxLength }, given, message)]
  if (typeof c.minLength === "number") return [make("tooShort", path, { min: c.minLength }, given, message)]
  const min = c.minimum ?? c.exclusiveMinimum
  const max = c.maximum ?? c.exclusiveMaximum
  if (min !== undefined || max !== undefined || c.type === "integer") {
    const params: Record<string, number | boolean> = {}
    if (typeof min === "number") params.min = min
    if (typeof max === "number") params.max = max
    if (c.exclusiveMinimum !== undefined) params.minExclusive = true
    if (c.exclusiveMaximum !== undefined) params.maxExclusive = true
    if (c.type === "integer") params.integer = true
    return [make("range", path, params, given, message)]
  }
  // an empty date field is a date not given, not a day missing from the calendar
  if (isEmpty(given)) return [make("required", path, {}, given, message)]
  if (c.identifier === "CalendarDate") return [make("date", path, {}, given, message)]
  if (typeof c.pattern === "string") return [make("pattern", path, { pattern: c.pattern }, given, message)]
  return [make("invalid", path, {}, given, message ?? annotatedOrDefault(issue))]
}

const annotatedOrDefault = (issue: ParseResult.ParseIssue) =>
  ParseResult.ArrayFormatter.formatIssueSync(issue)[0]?.message ?? "not allowed"

const walk = (
  issue: ParseResult.ParseIssue,
  path: Path,
  outer: Record<string, unknown> = {}
): Array<Issue> => {
  switch (issue._tag) {
    case "Pointer": {
      const more = (Array.isArray(issue.path) ? issue.path : [issue.path]) as ReadonlyArray<PropertyKey>
      return walk(issue.issue, path.concat(more.map((p) => (typeof p === "number" ? p : String(p)))))
    }
    case "Missing": {
      // the missing property's signature, or the missing element's type
      const ast: unknown = issue.ast
      const allowed = allowedOf(
        ast instanceof SchemaAST.PropertySignature ? ast.type : (ast as SchemaAST.AST)
      )
      return [make("required", path, allowed.length > 0 ? { allowed } : {}, undefined, annotated(issue))]
    }
    case "Unexpected":
      return [make("unexpected", path, {}, issue.actual)]
    case "Forbidden":
      return [make("invalid", path, {}, issue.actual, annotatedOrDefault(issue))]
    case "Type": {
      const allowed = allowedOf(issue.ast)
      const message = annotated(issue)
      if (allowed.length > 0) return [make("oneOf", path, { allowed }, issue.actual, message)]
      if (isEmpty(issue.actual)) return [make("required", path, {}, issue.actual, message)]
      return [make("type", path, { expected: expectedOf(issue.ast) }, issue.actual, message)]
    }
    case "Refinement":
      return fromRefinement(issue, path, outer)
    case "Transformation":
      return walk(issue.issue, path)
    case "Composite": {
      const message = annotated(issue)
      if (message !== undefined) return [make("invalid", path, {}, issue.actual, message)]
      // a union of literals ("female" | "male"): one issue naming every allowed value, not the first
      const allowed = SchemaAST.isUnion(issue.ast) ? allowedOf(issue.ast) : []
      if (allowed.length > 0 && literalsOf(issue.ast) !== null)
        return [make("oneOf", path, { allowed }, issue.actual)]
      const inner = Array.isArray(issue.issues) ? issue.issues : [issue.issues as ParseResult.ParseIssue]
      // a nullable or optional value ("an answer 0–5, or null"): the member that is not null says it best
      const members = SchemaAST.isUnion(issue.ast)
        ? inner.filter((i) => !(i._tag === "Type" && SchemaAST.isLiteral(i.ast) && i.ast.literal === null))
        : inner
      return (members.length > 0 ? members : inner).flatMap((i) => walk(i, path))
    }
  }
}

/**
 * A failed decode as issues, one per field: a stable code, the field's path, the parameters (every
 * allowed value, the bounds, the length) and an English sentence. The API answers with these and the
 * dashboard checks a form with the same function, so both say the same about the same value.
 *
 * @example
 * Issues.fromParseIssue(error.issue) // [{ code: "oneOf", path: ["sex"], params: { allowed: ["female", "male"] }, … }]
 */
export const fromParseIssue = (issue: ParseResult.ParseIssue, prefix: Path = []): Array<Issue> => {
  const seen = new Set<string>()
  return walk(issue, prefix).filter((i) => {
    const key = JSON.stringify(i.path)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** One issue of a rule of the study, at a field (`code` and `params` for clients, the sentence for API users). */
export const rule = (code: IssueCode, path: Path, message: string, params: IssueParams = {}): Issue => ({
  code,
  path,
  params,
  message
})

/** The issues in one English sentence for API users: "invalid body: sex: choose one of …; nrs: …". */
export const summary = (what: string, issues: ReadonlyArray<Issue>): string =>
  `${what}: ${issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`
