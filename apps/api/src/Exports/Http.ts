import { Api } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Hono } from "hono"
import { Exports } from "../Exports.js"
import { type Runtime, router } from "../http/Route.js"

/** `/api/export/redcap/*` and `/api/export/odm.xml`. */
export const exportRoutes = (app: Hono, runtime: Runtime) => {
  const r = router(app, runtime)
  const exports = <A, E, R>(f: (e: Exports) => Effect.Effect<A, E, R>) => Effect.flatMap(Exports, f)
  r.mount(Api.redcapDictionary, () => exports((e) => e.dictionary))
  r.mount(Api.redcapEvents, () => exports((e) => e.events))
  r.mount(Api.redcapInstrumentEventMapping, () => exports((e) => e.instrumentEventMapping))
  r.mount(Api.redcapRepeatingInstruments, () => exports((e) => e.repeatingInstruments))
  r.mount(Api.redcapRecords, () => exports((e) => e.recordsCsv))
  r.mount(Api.odmExport, () => exports((e) => e.odm))
}
