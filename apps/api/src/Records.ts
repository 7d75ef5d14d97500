import { Effect } from "effect"
import { LiveRepo } from "./LiveProcedures/Repo.js"
import { adverseEventWrites } from "./Records/AdverseEvents.js"
import { blockWrites } from "./Records/Blocks.js"
import { procedureWrites } from "./Records/Procedure.js"
import { retractionWrites } from "./Records/Retractions.js"
import { screeningWrites } from "./Records/Screening.js"
import { RecordStore } from "./Records/Store.js"
import { visitWrites } from "./Records/Visits.js"

/** Screening, diagnostic blocks, procedure, visits and adverse events: created and corrected under the study's rules, or retracted when entered in error. */
export class Records extends Effect.Service<Records>()("api/Records", {
  effect: Effect.gen(function* () {
    const store = yield* RecordStore
    const live = yield* LiveRepo
    return {
      ...screeningWrites(store),
      ...blockWrites(store),
      ...procedureWrites(store, live),
      ...visitWrites(store),
      ...adverseEventWrites(store),
      ...retractionWrites(store)
    }
  }),
  dependencies: [RecordStore.Default, LiveRepo.Default]
}) {}
