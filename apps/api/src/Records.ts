import { Effect } from "effect"
import { adverseEventWrites } from "./Records/AdverseEvents.js"
import { blockWrites } from "./Records/Blocks.js"
import { procedureWrites } from "./Records/Procedure.js"
import { retractionWrites } from "./Records/Retractions.js"
import { screeningWrites } from "./Records/Screening.js"
import { RecordStore } from "./Records/Store.js"
import { visitWrites } from "./Records/Visits.js"

/** Screening, diagnostic blocks, procedure, visits and adverse events: created and corrected under the study's rules, or retracted when entered in error. */
export class Records extends Effect.Service<Records>()("api/Records", {
  effect: Effect.map(RecordStore, (store) => ({
    ...screeningWrites(store),
    ...blockWrites(store),
    ...procedureWrites(store),
    ...visitWrites(store),
    ...adverseEventWrites(store),
    ...retractionWrites(store)
  })),
  dependencies: [RecordStore.Default]
}) {}
