import { StudyCalendar } from "@cryoreg/domain"
import { Clock, Effect, Layer } from "effect"
import * as AppConfig from "./AppConfig.js"

/** Today's date (YYYY-MM-DD) in the registry's time zone: no clinical date may lie after it. */
export class Today extends Effect.Service<Today>()("api/Today", {
  effect: Effect.gen(function* () {
    const timeZone = yield* AppConfig.timeZone
    return {
      timeZone,
      date: Effect.map(Clock.currentTimeMillis, (ms) => StudyCalendar.dateIn(ms, timeZone))
    } as const
  })
}) {
  /** A fixed today, for tests whose dates must not depend on when they run. */
  static readonly fixed = (date: string) =>
    Layer.succeed(Today, Today.make({ timeZone: "UTC", date: Effect.succeed(date) }))
}
