import { Model } from "@cryoreg/domain"
import { Schema } from "effect"
import { fastDecoder, notFast } from "../http/FastDecode.js"

/**
 * The one place stored rows become domain values and domain values become rows: the patient file, the
 * analysis and every export read through here.
 */

/** The kinds of clinical record a patient has, as the `kind` column holds them. */
export const RecordKind = Schema.Literal("screening", "block", "procedure", "visit", "adverseEvent")
export type RecordKind = typeof RecordKind.Type

/** The domain Schema each kind of clinical record is stored with. */
export const schemaOf = {
  screening: Model.Screening,
  block: Model.DiagnosticBlock,
  procedure: Model.Procedure,
  visit: Model.FollowUpVisit,
  adverseEvent: Model.AdverseEvent
} as const

/** The domain value of a record of kind `K`. */
export type RecordOf<K extends RecordKind> = Schema.Schema.Type<(typeof schemaOf)[K]>

/**
 * `Schema.encodeSync(schema)`, faster for a class whose fields encode to themselves (strings, numbers,
 * literals, their refinements, structs and arrays of them): the fields are checked by the fast decoder of
 * the class's encoded side, which answers the same object (same keys, same order, the same filters run) or
 * `notFast`, and then, or for any other Schema, the Schema's own encode runs.
 */
export const encoderOf = <A, I>(schema: Schema.Schema<A, I, never>): ((value: A) => I) => {
  const slow = Schema.encodeSync(schema)
  const ast = schema.ast
  const fast = ast._tag === "Transformation" ? fastDecoder(ast.from, { onExcessProperty: "error" }) : null
  if (fast === null) return slow
  return (value) => {
    const quick =
      value instanceof (schema as unknown as new (...a: never) => A) ? fast({ ...value }) : notFast
    return quick === notFast ? slow(value) : (quick as I)
  }
}
const encoders = {
  screening: encoderOf(Model.Screening),
  block: encoderOf(Model.DiagnosticBlock),
  procedure: encoderOf(Model.Procedure),
  visit: encoderOf(Model.FollowUpVisit),
  adverseEvent: encoderOf(Model.AdverseEvent)
} as unknown as { readonly [K in RecordKind]: (value: RecordOf<K>) => unknown }

/**
 * The encoded form of a value of `schema` whose fields were each decoded by the class's own field Schemas
 * a step before (an import's record: the contract's input is the class's fields, ids aside, and the ids
 * were made with their branded Schemas): for a class whose fields encode to themselves (`encoderOf`'s fast
 * case) the same object `encode` answers, its fields in the class's order, without running their filters a
 * second time (a class's own filters included); else `Schema.encodeSync`. A struct's too.
 */
export const freshEncoderOf = <A, I>(schema: Schema.Schema<A, I, never>): ((value: A) => I) => {
  const slow = Schema.encodeSync(schema)
  const ast = schema.ast
  // a class's encoded side (its struct, with the class's own filters), or a struct
  const side = ast._tag === "Transformation" ? ast.from : ast
  let shape = side
  while (shape._tag === "Refinement") shape = shape.from
  if (shape._tag !== "TypeLiteral" || fastDecoder(side, { onExcessProperty: "error" }) === null) return slow
  const names = shape.propertySignatures.map((ps) => ps.name as string)
  return (value) => {
    const record = value as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const name of names) if (record[name] !== undefined) out[name] = record[name]
    return out as I
  }
}
const freshEncoders = {
  screening: freshEncoderOf(Model.Screening),
  block: freshEncoderOf(Model.DiagnosticBlock),
  procedure: freshEncoderOf(Model.Procedure),
  visit: freshEncoderOf(Model.FollowUpVisit),
  adverseEvent: freshEncoderOf(Model.AdverseEvent)
} as unknown as { readonly [K in RecordKind]: (value: RecordOf<K>) => unknown }

/** `encode` of a record whose fields were decoded a step before (`freshEncoderOf`). */
export const encodeFresh = <K extends RecordKind>(kind: K, value: RecordOf<K>): string =>
  JSON.stringify((freshEncoders[kind] as (value: RecordOf<K>) => unknown)(value))

/** Encodes a domain record for its `data` column. */
export const encode = <K extends RecordKind>(kind: K, value: RecordOf<K>): string =>
  JSON.stringify((encoders[kind] as (value: RecordOf<K>) => unknown)(value))

// Rows were decoded and checked by the domain Schemas when they were written (and answers are encoded
// with them again), so reads rebuild the values without validating every field: 100,000 patients must
// load for the analysis in well under a second. The kind column, which picks the Schema, is checked.
const trusted = { disableValidation: true } as const
const isRecordKind = Schema.is(RecordKind)

/** A patient row's `data` as a `Model.Patient`. */
export const decodePatient = (data: string): Model.Patient => new Model.Patient(JSON.parse(data), trusted)

/** A record row's `data` as the domain value of its kind; a kind the registry does not know is a defect. */
export const decodeRecord = <K extends RecordKind>(kind: K, data: string): RecordOf<K> => {
  if (!isRecordKind(kind)) throw new Error(`a stored record has the unknown kind ${JSON.stringify(kind)}`)
  const Class = schemaOf[kind] as unknown as new (props: unknown, options: typeof trusted) => RecordOf<K>
  return new Class(JSON.parse(data), trusted)
}
