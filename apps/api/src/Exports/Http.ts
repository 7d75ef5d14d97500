import { Api } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Hono } from "hono"
import { RuleViolation } from "../Errors.js"
import { Exports } from "../Exports.js"
import { type Runtime, router } from "../http/Route.js"

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
          _tag: "UnsupportedMediaType",
          message: `send the REDCap records as text/csv, not "${type || "nothing"}"`
        })
      const bytes = new Uint8Array(yield* Effect.promise(() => c.req.arrayBuffer()))
      const file =
        /filename="?([^";]+)"?/.exec(c.req.header("content-disposition") ?? "")?.[1] ?? "records.csv"
      const dryRun = query.dryRun === "1" || query.dryRun === "true"
      const { answer } = yield* exports((e) => e.importRedcap(bytes, file, dryRun))
      if (dryRun || answer.errors.length === 0) return answer
      const message = `${answer.errors.length} error(s) in ${file}; nothing was stored`
      return yield* new RuleViolation({
        message,
        issues: answer.errors.map((e) => ({
          path: [e.file, e.row, e.column],
          message: `row ${e.row}, ${e.column || "row"} (${e.rule}): ${e.message}`
        }))
      })
    })
  )
}
