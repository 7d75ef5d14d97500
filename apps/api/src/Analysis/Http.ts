import { Api } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Hono } from "hono"
import { Analysis } from "../Analysis.js"
import { Audit } from "../Audit.js"
import { type Runtime, router } from "../http/Route.js"

/** `/api/analysis/*`, `/api/export/*`, `/api/adverse-events` and `/api/audit`. */
export const analysisRoutes = (app: Hono, runtime: Runtime) => {
  const r = router(app, runtime)
  const analysis = <A, E, R>(f: (a: Analysis) => Effect.Effect<A, E, R>) => Effect.flatMap(Analysis, f)
  r.mount(Api.report, () => analysis((a) => a.report))
  r.mount(Api.comparison, () => analysis((a) => a.comparison))
  r.mount(Api.reportCsv, () => analysis((a) => a.reportCsv))
  r.mount(Api.reportDocx, () => analysis((a) => a.reportDocx))
  r.mount(Api.cohort, () => analysis((a) => a.cohort))
  r.mount(Api.exportVisits, () => analysis((a) => a.exportVisits))
  r.mount(Api.exportVisitsCsv, () => analysis((a) => a.exportVisitsCsv))
  r.mount(Api.listAdverseEvents, () => analysis((a) => a.adverseEvents))
  r.mount(Api.listAudit, ({ query }) => Effect.flatMap(Audit, (audit) => audit.list(query)))
}
