import { Api } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { Effect } from "effect"
import type { Hono } from "hono"
import { Centers } from "../Centers.js"
import { type Runtime, router } from "../http/Route.js"

/** `/api/centers`. */
export const centerRoutes = (app: Hono, runtime: Runtime) => {
  const r = router(app, runtime)
  r.mount(Api.listCenters, () => Effect.flatMap(Centers, (c) => c.list))
  r.mount(Api.createCenter, ({ body }) => Effect.flatMap(Centers, (c) => c.create(Model.Center.make(body))))
  r.mount(Api.renameCenter, ({ params, body }) => Effect.flatMap(Centers, (c) => c.rename(params.id, body)))
}
