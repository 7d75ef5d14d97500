import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, TestClock } from "effect"
import { Today } from "../src/Today.js"

const inZone = (zone: string | undefined) =>
  Today.Default.pipe(
    Layer.provide(
      Layer.setConfigProvider(
        ConfigProvider.fromMap(new Map(zone === undefined ? [] : [["CRYOREG_TIME_ZONE", zone]]))
      )
    )
  )

// 23:30 UTC on 6 December: already the 7th in Warsaw, still the 6th in New York.
const lateEvening = Date.parse("2026-12-06T23:30:00Z")

describe("Today", () => {
  it.effect("is the date in the registry's time zone, Europe/Warsaw by default", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(lateEvening)
      const warsaw = yield* Effect.flatMap(Today, (t) => t.date).pipe(Effect.provide(inZone(undefined)))
      assert.strictEqual(warsaw, "2026-12-07")
      const newYork = yield* Effect.flatMap(Today, (t) => t.date).pipe(
        Effect.provide(inZone("America/New_York"))
      )
      assert.strictEqual(newYork, "2026-12-06")
    })
  )

  it.effect("refuses a time zone it does not know, saying what it expects", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(
        Effect.flatMap(Today, (t) => t.date).pipe(Effect.provide(inZone("Mars/Olympus")))
      )
      assert.include(String(error), "CRYOREG_TIME_ZONE must be an IANA time zone")
    })
  )
})
