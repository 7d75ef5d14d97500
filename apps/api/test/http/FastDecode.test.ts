import { Api, type Endpoint } from "@cryoreg/contract"
// Effect's Arbitrary builds on the fast-check it bundles.
import { Arbitrary, Either, FastCheck as fc, ParseResult, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { fastDecoder, notFast } from "../../src/http/FastDecode.js"

const options = { errors: "all", onExcessProperty: "error" } as const

const endpoints = (Object.values(Api) as Array<unknown>).filter(
  (e): e is Endpoint.Any => typeof e === "object" && e !== null && "method" in e && "path" in e
)
const parts = endpoints.flatMap((e) =>
  (
    [
      ["params", e.params],
      ["query", e.query],
      ["body", e.body]
    ] as const
  ).flatMap(([where, schema]) =>
    schema === null
      ? []
      : [{ name: `${e.method} ${e.path} ${where}`, schema: schema as Schema.Schema<unknown, unknown> }]
  )
)

/** The fast decoder agrees with the Schema: what it accepts decodes to the same value, key order included. */
const agrees = (schema: Schema.Schema<unknown, unknown>, fast: (u: unknown) => unknown, input: unknown) => {
  const value = fast(input)
  if (value === notFast) return
  const decoded = ParseResult.decodeUnknownEither(schema, options)(input)
  expect(Either.isRight(decoded)).toBe(true)
  if (Either.isRight(decoded)) {
    expect(value).toStrictEqual(decoded.right)
    expect(JSON.stringify(value)).toBe(JSON.stringify(decoded.right))
  }
}

/** Changes one spot of a JSON value: another type, a key dropped or added, a number nudged past a bound. */
const mutate = (value: unknown): fc.Arbitrary<unknown> => {
  const leaf = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.string({ maxLength: 4 }),
    fc.double(),
    fc.integer({ min: -3, max: 3 }),
    fc.constant({}),
    fc.constant([])
  )
  if (Array.isArray(value)) {
    if (value.length === 0) return fc.oneof(leaf, fc.constant([null]))
    return fc.nat(value.length - 1).chain((i) =>
      mutate(value[i]).map((m) => {
        const copy = [...value]
        copy[i] = m
        return copy
      })
    )
  }
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value)
    const record = value as Record<string, unknown>
    const options: Array<fc.Arbitrary<unknown>> = [
      leaf,
      fc.constant({ ...record, extra: 1 }),
      fc.constant(Object.fromEntries(Object.entries(record).reverse()))
    ]
    if (keys.length > 0) {
      options.push(
        fc
          .constantFrom(...keys)
          .map((k) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== k))),
        fc.constantFrom(...keys).chain((k) => mutate(record[k]).map((m) => ({ ...record, [k]: m })))
      )
    }
    return fc.oneof(...options)
  }
  if (typeof value === "number")
    return fc.oneof(
      leaf,
      fc.constantFrom(value + 1e9, value - 1e9, value + 0.5, -value, Number.NaN, Infinity)
    )
  return leaf
}

describe("fastDecoder", () => {
  it("takes the telemetry batch and the other common bodies", () => {
    expect(fastDecoder(Api.postTelemetry.body!.ast, options)).not.toBeNull()
    expect(fastDecoder(Api.postProcedureEvents.body!.ast, options)).not.toBeNull()
    // A transformation (here strings to numbers) is left to the Schema.
    expect(fastDecoder(Api.getTelemetry.query.ast, options)).toBeNull()
  })

  it("answers what the Schema's decode answers, for every endpoint part it takes, valid or one spot off", () => {
    let covered = 0
    for (const { name, schema } of parts) {
      const fast = fastDecoder(schema.ast, options)
      if (fast === null) continue
      covered++
      const encoded = Arbitrary.make(schema).map((a) => Schema.encodeSync(schema)(a))
      fc.assert(
        fc.property(encoded, (input) => {
          // Round-tripped through JSON, as a request body is.
          const json = JSON.parse(JSON.stringify(input)) as unknown
          expect(fast(json), name).not.toBe(notFast)
          agrees(schema, fast, json)
        }),
        { numRuns: 30 }
      )
      fc.assert(
        fc.property(
          encoded.chain((input) => mutate(JSON.parse(JSON.stringify(input)))),
          (input) => agrees(schema, fast, input)
        ),
        { numRuns: 100 }
      )
    }
    console.log(`fastDecoder: ${covered} of ${parts.length} endpoint parts take the fast path`)
    expect(covered).toBeGreaterThan(10)
  })

  it("refuses what the Schema refuses in a telemetry batch and keeps the Schema's key order", () => {
    const fast = fastDecoder(Api.postTelemetry.body!.ast, options)!
    const sample = { seq: 1, pressureBar: 55, tipTemperatureC: -70, t: 0.1 }
    expect(JSON.stringify(fast({ samples: [sample] }))).toBe(
      '{"samples":[{"t":0.1,"tipTemperatureC":-70,"pressureBar":55,"seq":1}]}'
    )
    for (const bad of [
      { samples: [] },
      { samples: [{ ...sample, extra: 1 }] },
      { samples: [{ ...sample, seq: -1 }] },
      { samples: [{ ...sample, seq: 1.5 }] },
      { samples: [{ ...sample, tipTemperatureC: -300 }] },
      { samples: [{ ...sample, t: Number.NaN }] },
      { samples: [sample], more: true },
      { samples: Array.from({ length: 2001 }, () => sample) },
      [sample],
      null
    ])
      expect(fast(bad)).toBe(notFast)
  })
})
