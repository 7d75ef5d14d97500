import { existsSync } from "node:fs"
import { join } from "node:path"
import { ServerStatus } from "@cryoreg/domain"
import { serveStatic } from "@hono/node-server/serve-static"
import { Effect, type ManagedRuntime, Schema } from "effect"
import { Hono } from "hono"
import { Health } from "./Health.js"
import { problem } from "./Problem.js"

/** The services the HTTP handlers reach through the runtime. */
export type ApiServices = Health

export interface AppOptions {
  /** Folder of the built dashboard; when absent or missing, only the API is served. */
  readonly webDir?: string | undefined
}

/** Builds the Hono app: the API under `/api`, the dashboard at every other path. */
export const makeApp = (
  runtime: ManagedRuntime.ManagedRuntime<ApiServices, never>,
  options: AppOptions = {}
) => {
  const app = new Hono()
  const run = <A>(effect: Effect.Effect<A, never, ApiServices>) => runtime.runPromise(effect)

  app.get("/api/health", async (c) => {
    const status = await run(Effect.flatMap(Health, (health) => health.status))
    return c.json(Schema.encodeSync(ServerStatus)(status))
  })

  app.all("/api/*", (c) => problem(c, 404, "NotFound", `No API route ${c.req.method} ${c.req.path}`))

  const webDir = options.webDir
  if (webDir !== undefined && existsSync(join(webDir, "index.html"))) {
    app.use("/*", serveStatic({ root: webDir }))
    // The dashboard routes in the browser: unknown paths get its index page.
    app.get("/*", serveStatic({ root: webDir, path: "index.html" }))
  }

  app.onError((error, c) => {
    console.error(error)
    return problem(c, 500, "InternalError", "The server failed to handle this request")
  })
  return app
}
