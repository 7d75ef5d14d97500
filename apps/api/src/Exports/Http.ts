import { Api, problemsCsv } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Hono } from "hono"
import { Exports } from "../Exports.js"
import { CsvText, type Runtime, router } from "../http/Route.js"

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}
const csvTypes = /^(text\/csv|text\/plain|application\/csv|application\/vnd\.ms-excel)\b/i

/** `/api/export/redcap/*`, `/api/export/odm.xml` and `POST /api/import/redcap`. */
export const exportRoutes = (app: Hono, runtime: Runtime) => {
  const r = router(app, runtime)
  const exports = <A, E, R>(f: (e: Exports) => Effect.Effect<A, E, R>) => Effect.flatMap(Exports, f)
  r.mount(Api.redcapDictionary, () => exports((e) => e.dictionary))
  r.mount(Api.redcapEvents, () => exports((e) => e.events))
  r.mount(Api.redcapInstrumentEventMapping, () => exports((e) => e.instrumentEventMapping))
  r.mount(Api.redcapRepeatingInstruments, () => exports((e) => e.repeatingInstruments))
  r.mount(Api.redcapRecords, () => exports((e) => e.recordsCsv))
  r.mount(Api.odmExport, () => exports((e) => e.odm))
  r.mount(Api.importRedcap, ({ query }, c) =>
    Effect.gen(function* () {
      const type = c.req.header("content-type") ?? ""
      if (!csvTypes.test(type))
        return yield* Effect.fail({
          _tag: "UnsupportedMediaType" as const,
          message: `send the REDCap records as text/csv, not "${type || "nothing"}"`
        })
      const bytes = new Uint8Array(yield* Effect.promise(() => c.req.arrayBuffer()))
      // the file's own name, for the report to name it as the user chose it (`filename*` when not ASCII)
      const disposition = c.req.header("content-disposition") ?? ""
      const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1]
      const plain = /filename="?([^";]+)"?/.exec(disposition)?.[1]
      const chosen = encoded === undefined ? plain : decoded(encoded)
      const name = chosen === undefined || chosen.trim() === "" ? "records.csv" : chosen
      const dryRun = query.dryRun === "1" || query.dryRun === "true"
      const report = yield* exports((e) => e.importRedcap(name, bytes, { dryRun, center: query.center }))
      return query.format === "csv"
        ? new CsvText(problemsCsv(report.problems), "import-problems.csv")
        : report
    })
  )
}
