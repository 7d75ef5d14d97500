import { existsSync } from "node:fs"
import { join } from "node:path"
import { serveStatic } from "@hono/node-server/serve-static"
import { Hono } from "hono"
import { bodyLimit } from "hono/body-limit"
import { analysisRoutes } from "./Analysis/Http.js"
import { analysisSetRoutes } from "./AnalysisSets/Http.js"
import { authRoutes } from "./Auth/Http.js"
import { centerRoutes } from "./Centers/Http.js"
import { exportRoutes } from "./Exports/Http.js"
import { fhirRoutes } from "./Fhir/Http.js"
import { healthRoutes } from "./Health.js"
import { docsRoutes } from "./http/OpenApi.js"
import type { Runtime } from "./http/Route.js"
import { type SecurityOptions, security } from "./http/Security.js"
import { tidyImportRoutes } from "./Imports/Tidy/Http.js"
import { liveProcedureRoutes } from "./LiveProcedures/Http.js"
import { patientRoutes } from "./Patients/Http.js"
import { problem } from "./Problem.js"

export type { Services as ApiServices } from "./Services.js"

export interface AppOptions extends SecurityOptions {
  /** Folder of the built dashboard; when absent or missing, only the API is served. */
  readonly webDir?: string | undefined
  /** Largest request body accepted, bytes (default 1 MiB). */
  readonly maxBodyBytes?: number
  /** Largest upload of an import (`/api/import/*`, `POST /api/fhir`), bytes (default 64 MiB). */
  readonly maxImportBytes?: number
  /** The API's version, shown in the OpenAPI document. */
  readonly version?: string
}

/** Builds the Hono app: the API under `/api`, the dashboard at every other path. */
export const makeApp = (runtime: Runtime, options: AppOptions = {}) => {
  const app = new Hono()
  const maxSize = options.maxBodyBytes ?? 1024 * 1024
  security(app, runtime, options)
  const limiter = (maxSize: number) =>
    bodyLimit({
      maxSize,
      // The rest of the body is not read: the connection closes after the answer, and says so.
      onError: (c) => {
        c.header("connection", "close")
        return problem(c, "PayloadTooLarge", `the request body is larger than ${maxSize} bytes`)
      }
    })
  const limitBody = limiter(maxSize)
  // An import uploads a center's whole history: its own, larger limit.
  const maxImport = options.maxImportBytes ?? 64 * 1024 * 1024
  app.use("/api/import/*", limiter(maxImport))
  app.use("/api/fhir", limiter(maxImport))
  // A GET has no body to limit. With a Content-Length (and no Transfer-Encoding) the size is known without
  // touching the body: `bodyLimit` would ask for `c.req.raw.body`, which makes @hono/node-server build a whole
  // fetch Request and read the body through web streams instead of its direct path (≈ 0.2 ms a request).
  app.use("/api/*", (c, next) => {
    if (
      c.req.method === "GET" ||
      c.req.method === "HEAD" ||
      c.req.path.startsWith("/api/import/") ||
      c.req.path === "/api/fhir"
    )
      return next()
    const length = c.req.header("content-length")
    if (length !== undefined && /^\d+$/.test(length) && c.req.header("transfer-encoding") === undefined)
      return Number(length) > maxSize ? limitBody(c, next) : next()
    return limitBody(c, next)
  })
  healthRoutes(app, runtime)
  authRoutes(app, runtime)
  centerRoutes(app, runtime)
  patientRoutes(app, runtime)
  tidyImportRoutes(app, runtime)
  analysisRoutes(app, runtime)
  analysisSetRoutes(app, runtime)
  exportRoutes(app, runtime)
  liveProcedureRoutes(app, runtime)
  fhirRoutes(app, runtime)
  docsRoutes(app, options.version ?? "0.0.0")

  app.all("/api/*", (c) =>
    problem(c, "NoSuchRoute", `the API has no such address for this kind of request: ${c.req.path}`)
  )

  const webDir = options.webDir
  if (webDir !== undefined && existsSync(join(webDir, "index.html"))) {
    app.use("/*", serveStatic({ root: webDir }))
    // The dashboard routes in the browser: unknown paths get its index page.
    app.get("/*", serveStatic({ root: webDir, path: "index.html" }))
  }

  app.onError((error, c) => {
    console.error(error)
    return problem(c, "InternalError", "The server failed to handle this request")
  })
  return app
}
