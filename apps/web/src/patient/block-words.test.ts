import { DiagnosticBlock, Model, Protocol } from "@cryoreg/domain"
import { Effect } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { wordBlockDeviation, wordComparativeReason } from "./block-words"

const injection: Model.BlockInjection = {
  date: "2026-03-08",
  agent: "lidocaine",
  concentrationPercent: 2,
  volumeMl: 2,
  contrastConfirmed: true,
  nrsBefore: 8,
  nrsAfter: 3,
  minutesAfter: 45,
  reliefDurationHours: 1.5
}
const bupi: Model.BlockInjection = {
  ...injection,
  agent: "bupivacaine",
  concentrationPercent: 0.5,
  reliefDurationHours: 6
}
const block = (over: Partial<Model.BlockInjection & { comparative: Model.BlockInjection }>) =>
  new Model.DiagnosticBlock({
    id: Model.DiagnosticBlockId.make("b-1"),
    patientId: Model.PatientId.make("WAW-0001"),
    ...injection,
    ...over
  })
const strict = Protocol.Protocol.make({
  ...Protocol.study,
  diagnosticBlock: { ...Protocol.study.diagnosticBlock, comparativeBlockRequired: true }
})
const evaluate = (b: Model.DiagnosticBlock, protocol = Protocol.study) =>
  Effect.runSync(DiagnosticBlock.evaluate(b, protocol))

/** Every deviation code, as the domain finds it on a real block. */
const deviations = [
  ...evaluate(
    block({
      agent: "mepivacaine",
      concentrationPercent: 1.5,
      volumeMl: 2.5,
      contrastConfirmed: false,
      minutesAfter: 90
    })
  ).deviations,
  ...evaluate(block({}), strict).deviations
]
/** Every comparative reason code, as the domain finds it on a real pair of blocks. */
const readings = [
  block({ nrsAfter: 7, comparative: { ...bupi, nrsAfter: 7 } }),
  block({ comparative: { ...bupi, nrsAfter: 6 } }),
  block({ comparative: { ...injection, agent: "mepivacaine" } }),
  block({ comparative: { ...bupi, reliefDurationHours: undefined } }),
  block({ comparative: bupi }),
  block({ reliefDurationHours: 6.5, comparative: bupi })
].map((b) => evaluate(b).comparative!)

afterEach(() => setLocale("en"))

describe("a block's deviations and comparative reason in words", () => {
  it("find every code in the domain's Schema on these blocks", () => {
    expect(new Set(deviations.map((d) => d.code)).size).toBe(6)
    expect(new Set(readings.map((r) => r.code)).size).toBe(6)
  })

  it("word every deviation in Polish, with its numbers in Polish and the agents named in Polish", () => {
    setLocale("pl")
    expect(deviations.map(wordBlockDeviation)).toEqual([
      "podano środek: mepiwakaina; protokół przewiduje: lidokaina",
      "stężenie wynosiło 1,5 %; protokół przewiduje 2 %",
      "objętość wynosiła 2,5 ml; protokół przewiduje 1,5–2 ml",
      "nie potwierdzono kontrastem rozprzestrzenienia dostawowego; protokół tego wymaga",
      "ból oceniono 90 min po wstrzyknięciu; protokół przewiduje ocenę po 30–60 min",
      "nie wykonano blokady porównawczej; ten protokół jej wymaga"
    ])
  })

  it("word every comparative reason in Polish", () => {
    setLocale("pl")
    expect(readings.map(wordComparativeReason)).toEqual([
      "żadna z blokad nie przyniosła wystarczającej ulgi",
      "wystarczającą ulgę przyniosła tylko blokada ze środkiem: lidokaina",
      "oba środki (lidokaina, mepiwakaina) są krótko działające: nie można porównać czasu trwania ulgi",
      "obie blokady były dodatnie, ale nie zapisano, jak długo trwała ulga",
      "ulga trwała 6 h (bupiwakaina), dłużej niż 1,5 h (lidokaina)",
      "ulga po środku krótko działającym (lidokaina) trwała 6,5 h, nie krócej niż 6 h po środku długo działającym (bupiwakaina)"
    ])
  })

  it("word them in English as the API's sentences read", () => {
    setLocale("en")
    expect(deviations.map(wordBlockDeviation)).toEqual(deviations.map((d) => d.message))
    expect(readings.map(wordComparativeReason)).toEqual(readings.map((r) => r.reason))
  })
})
