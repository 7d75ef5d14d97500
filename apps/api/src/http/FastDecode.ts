import { SchemaAST as AST, Option } from "effect"

/** What a fast decoder answers when it cannot vouch for the input: run the Schema's own decode. */
export const notFast: unique symbol = Symbol("notFast")

type Fast = (u: unknown) => unknown

// Kinds whose decoded value is the input itself.
const identity = (ast: AST.AST): boolean => {
  switch (ast._tag) {
    case "StringKeyword":
    case "NumberKeyword":
    case "BooleanKeyword":
    case "UndefinedKeyword":
    case "Literal":
      return AST.getParseOptionsAnnotation(ast)._tag === "None"
    case "Refinement":
      return identity(ast.from)
    default:
      return false
  }
}

// Object members that no input can satisfy two of: a required key whose type is a literal, different in each.
const tagged = (types: ReadonlyArray<AST.AST>): boolean => {
  const literals = (t: AST.AST) =>
    t._tag !== "TypeLiteral"
      ? null
      : new Map(
          t.propertySignatures.flatMap((ps) =>
            !ps.isOptional && ps.type._tag === "Literal" ? [[ps.name, ps.type.literal] as const] : []
          )
        )
  const maps = types.map(literals)
  if (maps.some((m) => m === null)) return false
  const first = maps[0]!
  return [...first.keys()].some((key) => {
    const values = maps.map((m) => (m!.has(key) ? m!.get(key) : notFast))
    return !values.includes(notFast) && new Set(values).size === values.length
  })
}

const compile = (ast: AST.AST, options: AST.ParseOptions): Fast | null => {
  // A node with its own parse options decodes under other rules than the caller's: not here.
  if (AST.getParseOptionsAnnotation(ast)._tag === "Some") return null
  switch (ast._tag) {
    case "StringKeyword":
      return (u) => (typeof u === "string" ? u : notFast)
    case "NumberKeyword":
      return (u) => (typeof u === "number" ? u : notFast)
    case "BooleanKeyword":
      return (u) => (typeof u === "boolean" ? u : notFast)
    case "UndefinedKeyword":
      return (u) => (u === undefined ? u : notFast)
    case "Literal": {
      const literal = ast.literal
      return (u) => (u === literal ? u : notFast)
    }
    case "Refinement": {
      const from = compile(ast.from, options)
      if (from === null) return null
      const filter = ast.filter
      return (u) => {
        const a = from(u)
        return a !== notFast && Option.isNone(filter(a, options, ast)) ? a : notFast
      }
    }
    case "Union": {
      // Members whose value is the input, beside at most one member that can accept any given input: one
      // object or array (NullOr, optional), or tagged objects (a required literal key, distinct in each).
      // Then the member that accepts gives the value the Schema's union would.
      const members = ast.types.map((t) => compile(t, options))
      if (members.some((m) => m === null)) return null
      const fast = members as Array<Fast>
      const structured = ast.types.filter((t) => !identity(t))
      const plainNullish = (t: AST.AST) =>
        t._tag === "UndefinedKeyword" || (t._tag === "Literal" && t.literal === null)
      if (!ast.types.every((t) => identity(t) || structured.includes(t))) return null
      if (
        structured.length === 1 &&
        structured[0]!._tag !== "TypeLiteral" &&
        structured[0]!._tag !== "TupleType"
      )
        return null
      if (structured.length === 1 && !ast.types.every((t) => t === structured[0] || plainNullish(t)))
        return null
      if (structured.length > 1 && !(ast.types.every((t) => structured.includes(t)) && tagged(structured)))
        return null
      return (u) => {
        for (const f of fast) {
          const a = f(u)
          if (a !== notFast) return a
        }
        return notFast
      }
    }
    case "TupleType": {
      // Arrays only (no fixed elements): the decoded array holds each element's decoded value.
      if (ast.elements.length !== 0 || ast.rest.length !== 1) return null
      const element = compile(ast.rest[0]!.type, options)
      if (element === null) return null
      return (u) => {
        if (!Array.isArray(u)) return notFast
        const out = new Array(u.length)
        for (let i = 0; i < u.length; i++) {
          const a = element(u[i])
          if (a === notFast) return notFast
          out[i] = a
        }
        return out
      }
    }
    case "TypeLiteral": {
      if (ast.indexSignatures.length !== 0 || options.onExcessProperty !== "error") return null
      const props: Array<{ readonly name: string; readonly optional: boolean; readonly type: Fast }> = []
      for (const ps of ast.propertySignatures) {
        const type = compile(ps.type, options)
        if (type === null || typeof ps.name !== "string") return null
        props.push({ name: ps.name, optional: ps.isOptional, type })
      }
      return (u) => {
        if (typeof u !== "object" || u === null || Array.isArray(u)) return notFast
        const record = u as Record<string, unknown>
        // In the Schema's order, as its decode builds the object; any key not in the Schema refuses it.
        const out: Record<string, unknown> = {}
        let present = 0
        for (const p of props) {
          if (!Object.hasOwn(record, p.name)) {
            if (p.optional) continue
            return notFast
          }
          const a = p.type(record[p.name])
          if (a === notFast) return notFast
          out[p.name] = a
          present++
        }
        return Reflect.ownKeys(record).length === present ? out : notFast
      }
    }
    default:
      return null
  }
}

/**
 * A decoder for the common case, or null when the Schema has a kind it does not know (transformations,
 * declarations, classes, index signatures…). For an input it accepts it answers exactly what
 * `ParseResult.decodeUnknown(schema, options)` succeeds with (same keys in the same order, refinements run
 * as the Schema's own filters), an order of magnitude faster; for any other it answers `notFast`, and only
 * then is the Schema's decode, with every issue collected, worth its cost. Objects must be decoded with
 * `onExcessProperty: "error"`.
 */
export const fastDecoder = (ast: AST.AST, options: AST.ParseOptions): ((u: unknown) => unknown) | null =>
  compile(ast, options)
