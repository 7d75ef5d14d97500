import { Schema } from "effect"

/**
 * An answer already encoded with its endpoint's success Schema and serialized: a cached read is sent as
 * this text, not encoded again (`http/Route` passes it through).
 */
export class EncodedJson<A> {
  declare readonly _A: (a: A) => A
  constructor(readonly text: string) {}
}

/** Encodes `value` with `schema` and serializes it, once. */
export const encodeJson = <A, I>(schema: Schema.Schema<A, I>) => {
  const encode = Schema.encodeSync(schema)
  return (value: A): EncodedJson<A> => new EncodedJson(JSON.stringify(encode(value)))
}
