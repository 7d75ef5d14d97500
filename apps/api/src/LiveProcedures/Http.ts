import { Api } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Hono } from "hono"
import { type Runtime, router } from "../http/Route.js"
import { LiveProcedures } from "../LiveProcedures.js"
import { streamRoute } from "./Stream.js"

/** `/api/procedures/*` and `POST /api/patients/:id/procedure/live`: live procedures and their stream. */
export const liveProcedureRoutes = (app: Hono, runtime: Runtime) => {
  const r = router(app, runtime)
  const live = <A, E, R>(f: (l: LiveProcedures) => Effect.Effect<A, E, R>) =>
    Effect.flatMap(LiveProcedures, f)
  r.mount(Api.createLiveProcedure, ({ params, body }) => live((l) => l.create(params.id, body)))
  r.mount(Api.abortLiveProcedure, ({ params, body }) => live((l) => l.abort(params.id, body.reason)))
  r.mount(Api.issueDeviceToken, ({ params }) => live((l) => l.reissueDeviceToken(params.id)))
  r.mount(Api.listLiveProcedures, ({ query }) => live((l) => l.list(query)))
  r.mount(Api.getLiveProcedure, ({ params }) => live((l) => l.get(params.id)))
  r.mount(Api.postProcedureEvents, ({ params, body }) => live((l) => l.postEvents(params.id, body)))
  r.mount(Api.postTelemetry, ({ params, body }) => live((l) => l.postTelemetry(params.id, body)))
  r.mount(Api.getTelemetry, ({ params, query }) => live((l) => l.getTelemetry(params.id, query)))
  streamRoute(app, runtime)
}
