import { Api } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Hono } from "hono"
import { RegistryAnalysis } from "../Analysis.js"
import { Audit } from "../Audit.js"
import { type Runtime, router } from "../http/Route.js"

/** `/api/analysis/*`, `/api/export/*`, `/api/adverse-events` and `/api/audit`. */
export const analysisRoutes = (app: Hono, runtime: Runtime) => {
  const r = router(app, runtime)
  const analysis = <A, E, R>(f: (a: RegistryAnalysis) => Effect.Effect<A, E, R>) =>
    Effect.flatMap(RegistryAnalysis, f)
  r.mount(Api.report, ({ query }) => analysis((a) => a.report(query.set)))
  r.mount(Api.comparison, ({ query }) => analysis((a) => a.comparison(query.set)))
  r.mount(Api.reportCsv, ({ query }) => analysis((a) => a.reportCsv(query.set)))
  r.mount(Api.reportDocx, ({ query }) => analysis((a) => a.reportDocx(query.set)))
  r.mount(Api.cohort, ({ query }) => analysis((a) => a.cohort(query.set)))
  r.mount(Api.exportVisits, ({ query }) => analysis((a) => a.exportVisits(query.set)))
  r.mount(Api.exportVisitsCsv, ({ query }) => analysis((a) => a.exportVisitsCsv(query.set)))
  r.mount(Api.exportVisitsParquet, ({ query }) => analysis((a) => a.exportVisitsParquet(query.set)))
  r.mount(Api.listAdverseEvents, ({ query }) => analysis((a) => a.adverseEvents(query.set)))
  r.mount(Api.listAudit, ({ query }) => Effect.flatMap(Audit, (audit) => audit.list(query)))
  r.mount(Api.exportAudit, ({ query }) => Effect.flatMap(Audit, (audit) => audit.exportCsv(query)))
}
