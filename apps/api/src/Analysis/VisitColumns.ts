import { VisitRow } from "@cryoreg/contract"
import { Option, SchemaAST } from "effect"
import type { ParquetColumn } from "./Parquet.js"

/**
 * The columns of the visit exports, in order, and their types: the fields of the contract's `VisitRow`,
 * the one definition `visits.csv`, `visits.parquet` and the JSON export share. A field added there is a
 * column of every format; a field of a type Parquet is not given here stops the server at start.
 */
export const visitColumns = Object.keys(VisitRow.fields) as Array<keyof VisitRow & string>

// An integer is a number refined with Schema.int (its JSON Schema says "integer").
const isInteger = (ast: SchemaAST.AST): boolean =>
  ast._tag === "Refinement" &&
  (Option.exists(
    SchemaAST.getJSONSchemaAnnotation(ast),
    (j) => (j as { type?: string }).type === "integer"
  ) ||
    isInteger(ast.from))

const isStrings = (ast: SchemaAST.AST): boolean =>
  ast._tag === "StringKeyword" ||
  (ast._tag === "Literal" && typeof ast.literal === "string") ||
  (ast._tag === "Union" && ast.types.every(isStrings)) ||
  (ast._tag === "Refinement" && isStrings(ast.from))

const physical = (name: string, ast: SchemaAST.AST): ParquetColumn<VisitRow>["type"] => {
  if (isStrings(ast)) return "STRING"
  if (isInteger(ast)) return "INT32"
  const base = ast._tag === "Refinement" ? ast.from : ast
  if (base._tag === "NumberKeyword") return "DOUBLE"
  if (base._tag === "BooleanKeyword") return "BOOLEAN"
  throw new Error(`the visit export's column ${name} has a type Parquet is not given: ${String(ast)}`)
}

const isNull = (ast: SchemaAST.AST) => ast._tag === "Literal" && ast.literal === null

/** The Parquet columns of the visit exports, from `VisitRow`: `NullOr(…)` is an optional column. */
export const visitParquetColumns: ReadonlyArray<ParquetColumn<VisitRow>> = visitColumns.map((name) => {
  const ast = VisitRow.fields[name].ast
  const members = ast._tag === "Union" ? ast.types.filter((t) => !isNull(t)) : [ast]
  const nullable = ast._tag === "Union" && members.length < ast.types.length
  const value = members.length === 1 ? members[0]! : SchemaAST.Union.make(members)
  return { name, type: physical(name, value), nullable }
})
