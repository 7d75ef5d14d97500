import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { DiagnosticBlock, type Model, Protocol } from "../src/index.js"
import { block, bupivacaine, lidocaine } from "./fixtures/records.js"

const study = Protocol.study
const strict = Protocol.Protocol.make({
  ...study,
  diagnosticBlock: { ...study.diagnosticBlock, comparativeBlockRequired: true }
})

/** The block's deviations as the codes and params a dashboard words, and the API's English beside them. */
const deviations = (b: Model.DiagnosticBlock, protocol = study) =>
  Effect.runSync(DiagnosticBlock.evaluate(b, protocol)).deviations

describe("DiagnosticBlock deviations as data", () => {
  it("gives each departure from the protocol its code, its facts and one English sentence", () => {
    const found = deviations(
      block({
        agent: "mepivacaine",
        concentrationPercent: 1,
        volumeMl: 3,
        contrastConfirmed: false,
        minutesAfter: 90
      })
    )
    assert.deepStrictEqual(
      found.map(({ code, params, field }) => ({ code, params, field })),
      [
        { code: "otherAgent", params: { agent: "mepivacaine", protocolAgent: "lidocaine" }, field: "agent" },
        {
          code: "otherConcentration",
          params: { percent: 1, protocolPercent: 2 },
          field: "concentrationPercent"
        },
        { code: "volumeOutOfRange", params: { ml: 3, minMl: 1.5, maxMl: 2 }, field: "volumeMl" },
        { code: "contrastNotConfirmed", params: {}, field: "contrastConfirmed" },
        {
          code: "reassessedOutOfWindow",
          params: { minutes: 90, minMinutes: 30, maxMinutes: 60 },
          field: "minutesAfter"
        }
      ]
    )
    assert.deepStrictEqual(
      found.map((d) => d.message),
      [
        "agent was mepivacaine; the protocol uses lidocaine",
        "concentration was 1 %; the protocol uses 2 %",
        "volume was 3 ml; the protocol injects 1.5–2 ml",
        "intra-articular spread was not confirmed with contrast; the protocol requires it",
        "pain was reassessed 90 min after the injection; the protocol reassesses at 30–60 min"
      ]
    )
  })

  it("codes a missing comparative block the protocol requires as noComparativeBlock", () => {
    const [missing] = deviations(block(), strict)
    assert.deepStrictEqual(missing, {
      field: "comparative",
      code: "noComparativeBlock",
      params: {},
      message: "no comparative block was done; this protocol requires one"
    })
  })

  it("crosses the wire unchanged (the contract's Schema is the domain's)", () => {
    const found = deviations(block({ volumeMl: 0.5 }))
    const wire = Schema.encodeSync(Schema.Array(DiagnosticBlock.BlockDeviation))(found)
    assert.deepStrictEqual(
      Schema.decodeUnknownSync(Schema.Array(DiagnosticBlock.BlockDeviation))(wire),
      found
    )
  })
})

describe("DiagnosticBlock comparative reasons as data", () => {
  const [lido, bupi] = [lidocaine, bupivacaine]
  const reading = (first: Model.BlockInjection, comparative: Model.BlockInjection) => {
    const c = Effect.runSync(DiagnosticBlock.evaluate(block({ ...first, comparative }), study)).comparative!
    return { verdict: c.verdict, code: c.code, params: c.params, reason: c.reason }
  }

  it("neitherPositive: neither block relieved enough", () => {
    assert.deepStrictEqual(reading({ ...lido, nrsAfter: 7 }, { ...bupi, nrsAfter: 7 }), {
      verdict: "negative",
      code: "neitherPositive",
      params: {},
      reason: "neither block relieved the pain enough"
    })
  })

  it("onlyOnePositive: names the agent whose block relieved", () => {
    assert.deepStrictEqual(reading(lido, { ...bupi, nrsAfter: 6 }), {
      verdict: "discordant",
      code: "onlyOnePositive",
      params: { agent: "lidocaine" },
      reason: "only the lidocaine block relieved the pain enough"
    })
    assert.deepStrictEqual(reading({ ...lido, nrsAfter: 7 }, bupi).params, { agent: "bupivacaine" })
  })

  it("sameDurationClass: two short-acting agents cannot be compared", () => {
    assert.deepStrictEqual(reading(lido, { ...lido, agent: "mepivacaine" }), {
      verdict: "undetermined",
      code: "sameDurationClass",
      params: { first: "lidocaine", second: "mepivacaine", acting: "short-acting" },
      reason: "both agents (lidocaine, mepivacaine) are short-acting: durations cannot be compared"
    })
  })

  it("durationsNotRecorded: both positive, a duration missing", () => {
    const { reliefDurationHours: _, ...noDuration } = bupi
    assert.deepStrictEqual(reading(lido, noDuration), {
      verdict: "undetermined",
      code: "durationsNotRecorded",
      params: {},
      reason: "both blocks were positive but how long relief lasted was not recorded"
    })
  })

  it("longActingLastedLonger: the hours of both agents, the concordant case", () => {
    assert.deepStrictEqual(reading(lido, bupi), {
      verdict: "concordant",
      code: "longActingLastedLonger",
      params: { longAgent: "bupivacaine", longHours: 6, shortAgent: "lidocaine", shortHours: 1.5 },
      reason: "relief lasted 6 h with bupivacaine, longer than 1.5 h with lidocaine"
    })
  })

  it("shortActingNotShorter: the hours of both agents, the possibly placebo case", () => {
    assert.deepStrictEqual(reading({ ...lido, reliefDurationHours: 8 }, bupi), {
      verdict: "possibly placebo",
      code: "shortActingNotShorter",
      params: { longAgent: "bupivacaine", longHours: 6, shortAgent: "lidocaine", shortHours: 8 },
      reason:
        "relief lasted 8 h with short-acting lidocaine, not shorter than 6 h with long-acting bupivacaine"
    })
  })
})
