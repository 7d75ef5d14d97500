import { FreezeProtocol, type Model, Protocol } from "@cryoreg/domain"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { wordProcedureDeviation } from "./procedure-words"

const cycle: Model.FreezeCycle = {
  startedAt: 0,
  endedAt: 120,
  thawCompletedAt: 150,
  targetTemperatureC: -78,
  reachedTemperatureC: -78
}
const lesion = (
  side: Model.Side,
  level: Model.Lesion["level"],
  freezeCycles: FreezeProtocol.SummarizedLesion["freezeCycles"] = [cycle]
): FreezeProtocol.SummarizedLesion => ({
  side,
  level,
  freezeCycles
})
const samples = [0, 1, 2, 3, 10, 11, 120].map((t, seq) => ({ seq, t, tipTemperatureC: -80, pressureBar: 50 }))

/** Every kind of procedure deviation, as the domain finds it on real procedures. */
const deviations = [
  ...FreezeProtocol.summarize({ lesions: [] }, Protocol.study).deviations,
  ...FreezeProtocol.summarize(
    {
      side: "left",
      lesions: [
        lesion("left", "L5", [
          cycle,
          { ...cycle, endedAt: 95.5, reachedTemperatureC: -60.5 },
          { ...cycle, endedAt: 140 }
        ]),
        lesion("left", "S1", [{ ...cycle, samples }]),
        lesion("right", "S2", [])
      ]
    },
    Protocol.study
  ).deviations.filter((d, i, all) => all.findIndex((e) => e.kind === d.kind) === i),
  ...FreezeProtocol.summarize(
    {
      side: "right",
      lesions: (["L5", "S1", "S1", "S2", "S2", "S3", "S3", "L5"] as const).map((l) => lesion("right", l))
    },
    Protocol.study
  ).deviations
]

afterEach(() => setLocale("en"))

describe("a procedure's deviations in words", () => {
  it("cover every kind the domain's Schema has", () => {
    expect(new Set(deviations.map((d) => d.kind))).toEqual(
      new Set(FreezeProtocol.SummaryDeviationKind.members.flatMap((m) => m.literals))
    )
  })

  it("are worded in Polish: lezja declined, sides and decimal commas in Polish", () => {
    setLocale("pl")
    expect(deviations.map(wordProcedureDeviation)).toEqual([
      "W tym zabiegu nie ukończono żadnej lezji",
      "Lewa strona: 2 lezje; protokół przewiduje 6–7 na stronę",
      "Lewa strona: brak lezji na poziomie S2 (protokół obejmuje L5, S1, S2, S3)",
      "Lezja 1 (L5, strona lewa), cykl 2: końcówka nie osiągnęła −78 °C (z tolerancją 5 °C) podczas zamrażania; najniższa temperatura wyniosła −60,5 °C",
      "Lezja 1 (L5, strona lewa), cykl 2: zamrażanie trwało 95,5 s; protokół przewiduje 120 s ± 10 s",
      "Lezja 1 (L5, strona lewa), cykl 3: zamrażanie trwało 140 s; protokół przewiduje 120 s ± 10 s",
      "Lezja 2 (S1, strona lewa), cykl 1: brak telemetrii od 3 s do 10 s zamrażania (7 s; dopuszczalnie najwyżej 2 s)",
      "Lezja 3 (S2, strona prawa) leży po stronie nieplanowanej do leczenia",
      "Lezja 3 (S2, strona prawa): cykle zamrażania-odmrażania: 0; protokół dopuszcza 1–3",
      "Prawa strona: 8 lezji; protokół przewiduje 6–7 na stronę"
    ])
  })

  it("are worded in English as the API's sentences read", () => {
    setLocale("en")
    // the dashboard writes a negative number with the true minus sign (U+2212), the API's sentence with "-"
    expect(deviations.map(wordProcedureDeviation)).toEqual(
      deviations.map((d) => d.message.replace(/(^|[\s(])-(?=\d)/g, "$1\u2212"))
    )
  })
})
