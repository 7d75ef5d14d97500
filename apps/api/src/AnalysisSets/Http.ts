import { Api } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Hono } from "hono"
import { AnalysisSets } from "../AnalysisSets.js"
import { type Runtime, router } from "../http/Route.js"

/** `/api/analysis/sets`: make, list, read, rename and delete frozen analysis sets. */
export const analysisSetRoutes = (app: Hono, runtime: Runtime) => {
  const r = router(app, runtime)
  const sets = <A, E, R>(f: (s: AnalysisSets) => Effect.Effect<A, E, R>) => Effect.flatMap(AnalysisSets, f)
  r.mount(Api.listAnalysisSets, () => sets((s) => s.list))
  r.mount(Api.createAnalysisSet, ({ body }) => sets((s) => s.create(body)))
  r.mount(Api.getAnalysisSet, ({ params }) => sets((s) => s.get(params.id)))
  r.mount(Api.analysisSetRows, ({ params }) => sets((s) => s.rowsOf(params.id)))
  r.mount(Api.renameAnalysisSet, ({ params, body }) => sets((s) => s.rename(params.id, body.name)))
  r.mount(Api.deleteAnalysisSet, ({ params }) => sets((s) => s.remove(params.id)))
}
