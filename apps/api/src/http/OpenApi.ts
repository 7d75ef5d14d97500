import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { all, Endpoint, Errors, Problem } from "@cryoreg/contract"
import { JSONSchema, Schema, SchemaAST } from "effect"
import type { Hono } from "hono"

type Json = Record<string, unknown>

// Named schemas (Nrs, Patient, …) go to components/schemas once and are referenced from the operations.
const definitions: Record<string, JSONSchema.JsonSchema7> = {}
const jsonSchema = (schema: Schema.Schema.Any): Json =>
  JSONSchema.fromAST(schema.ast, {
    definitions,
    definitionPath: "#/components/schemas/",
    target: "openApi3.1"
  }) as unknown as Json

const withoutUndefined = (ast: SchemaAST.AST): SchemaAST.AST =>
  SchemaAST.isUnion(ast)
    ? SchemaAST.Union.make(ast.types.filter((t) => !SchemaAST.isUndefinedKeyword(t)))
    : ast

const parameters = (schema: Schema.Schema.Any, place: "path" | "query"): Array<Json> => {
  const ast = SchemaAST.encodedAST(schema.ast)
  if (!SchemaAST.isTypeLiteral(ast)) return []
  return ast.propertySignatures.map((p) => ({
    name: String(p.name),
    in: place,
    required: place === "path" || !p.isOptional,
    schema: jsonSchema(Schema.make(withoutUndefined(p.type)))
  }))
}

// The route's own errors (the contract's `errors`), grouped by status: a 404 only where a lookup can miss.
const errorsByStatus = (endpoint: Endpoint.Any): Map<number, Array<string>> => {
  const byStatus = new Map<number, Array<string>>()
  for (const tag of endpoint.errors) {
    const status = Errors.statusOf[tag]
    byStatus.set(status, [...(byStatus.get(status) ?? []), tag])
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b))
}

// Every correction (PATCH) may name the version it was made against.
const ifMatch = {
  name: "If-Match",
  in: "header",
  required: false,
  description:
    'The version the correction was made against (`"<version>"` from the record\'s ETag or `PatientDetail.versions`); when the record changed since, the answer is 412 with the current record and nothing is stored.',
  schema: { type: "string" }
}

const operation = (endpoint: Endpoint.Any): Json => {
  const problem = { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } }
  const success =
    endpoint.answer === "empty"
      ? { description: "Done" }
      : endpoint.answer === "csv"
        ? { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } }
        : endpoint.answer === "xml"
          ? { description: "XML", content: { "application/xml": { schema: { type: "string" } } } }
          : endpoint.answer === "docx"
            ? {
                description: "A Word document",
                content: { [Endpoint.docxMediaType]: { schema: { type: "string", format: "binary" } } }
              }
            : endpoint.answer === "parquet"
              ? {
                  description: "An Apache Parquet file",
                  content: { [Endpoint.parquetMediaType]: { schema: { type: "string", format: "binary" } } }
                }
              : endpoint.answer === "sse"
                ? {
                    description: "Server-Sent Events",
                    content: { "text/event-stream": { schema: { type: "string" } } }
                  }
                : {
                    description: "OK",
                    content: { "application/json": { schema: jsonSchema(endpoint.success) } }
                  }
  return {
    operationId: endpoint.name,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description === undefined ? {} : { description: endpoint.description }),
    "x-roles": endpoint.roles,
    ...(endpoint.roles === "public" ? { security: [] } : {}),
    parameters: [
      ...parameters(endpoint.params, "path"),
      ...parameters(endpoint.query, "query"),
      ...(endpoint.method === "PATCH" ? [ifMatch] : [])
    ],
    ...(endpoint.upload === "csv"
      ? { requestBody: { required: true, content: { "text/csv": { schema: { type: "string" } } } } }
      : {}),
    ...(endpoint.body === null
      ? {}
      : {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(endpoint.body) } }
          }
        }),
    responses: Object.fromEntries([
      [String(endpoint.status), success],
      ...[...errorsByStatus(endpoint)].map(([status, tags]) => [
        String(status),
        { description: tags.join(", "), content: problem }
      ])
    ])
  }
}

// Effect marks `unknown`, `object`, … with an `$id` ("/schemas/unknown"); a document may define an `$id` once
// only, so these markers go (the schema beside them says the same).
const withoutIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutIds)
  if (value === null || typeof value !== "object") return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => !(key === "$id" && typeof v === "string" && v.startsWith("/schemas/")))
      .map(([key, v]) => [key, withoutIds(v)])
  )
}

/** The OpenAPI 3.1 document of every endpoint of the contract, generated from their Schemas. */
export const openApiDocument = (version: string): Json => withoutIds(document(version)) as Json

const document = (version: string): Json => {
  const paths: Record<string, Json> = {}
  for (const endpoint of all) {
    const path = endpoint.path.replace(/:([A-Za-z]+)/g, "{$1}")
    paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operation(endpoint) }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "cryoreg registry API",
      version,
      description:
        "The registry of cryoneurolysis of the sacral lateral branches. Sign in with POST /api/auth/login; send the token as `Authorization: Bearer <token>` (or let the browser send the session cookie)."
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }, { cookie: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        cookie: { type: "apiKey", in: "cookie", name: "cryoreg_session" }
      },
      schemas: { ...definitions, Problem: jsonSchema(Problem) }
    },
    paths
  }
}

// The reference page: Swagger UI's own files from the swagger-ui-dist package, served by this server. No
// inline script (the page's CSP allows scripts from this origin only), no validator badge (it would call
// an outside host), the base layout (no top bar reaching for other documents).
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cryoreg API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<main id="reference"></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/start.js"></script>
</body>
</html>
`

const start = `window.ui = SwaggerUIBundle({
  url: "/api/openapi.json",
  dom_id: "#reference",
  layout: "BaseLayout",
  presets: [SwaggerUIBundle.presets.apis],
  validatorUrl: null,
  deepLinking: true,
  withCredentials: true,
  supportedSubmitMethods: ["get", "post", "put", "patch", "delete"]
})
`

const assets: Record<string, { readonly file: string; readonly type: string }> = {
  "swagger-ui.css": { file: "swagger-ui-dist/swagger-ui.css", type: "text/css; charset=utf-8" },
  "swagger-ui-bundle.js": {
    file: "swagger-ui-dist/swagger-ui-bundle.js",
    type: "text/javascript; charset=utf-8"
  }
}

const read = (file: string): Uint8Array => {
  const text = readFileSync(createRequire(import.meta.url).resolve(file), "utf8")
  // its source map is not shipped here: a browser's developer tools would ask for it in vain
  return new TextEncoder().encode(text.replace(/\n\/[/*]# sourceMappingURL=[^\n]*\s*$/, "\n"))
}

/**
 * `GET /api/openapi.json` and the reference page `GET /api/docs` (Swagger UI from the swagger-ui-dist
 * package, served from this server: it asks no other host for anything).
 */
export const docsRoutes = (app: Hono, version: string) => {
  const document = openApiDocument(version)
  const loaded = new Map<string, Uint8Array>()
  app.get("/api/openapi.json", (c) => c.json(document))
  app.get("/api/docs/start.js", (c) =>
    c.body(start, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" })
  )
  app.get("/api/docs/:asset{swagger-ui\\.css|swagger-ui-bundle\\.js}", (c) => {
    const name = c.req.param("asset")
    const asset = assets[name]
    if (asset === undefined) return c.notFound()
    let body = loaded.get(name)
    if (body === undefined) {
      body = read(asset.file)
      loaded.set(name, body)
    }
    return c.body(new Uint8Array(body), 200, {
      "content-type": asset.type,
      "cache-control": "public, max-age=86400"
    })
  })
  app.get("/api/docs", (c) => c.html(page))
}
