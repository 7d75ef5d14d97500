import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { all, Endpoint, Problem } from "@cryoreg/contract"
import { Scalar } from "@scalar/hono-api-reference"
import { JSONSchema, Schema, SchemaAST } from "effect"
import type { Hono } from "hono"
import { statusOfTag } from "./Status.js"

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

const errorStatuses = (endpoint: Endpoint.Any): Array<number> => [
  ...(endpoint.roles === "public" ? [] : [401, 403]),
  ...(endpoint.body === null && endpoint.query === undefined ? [] : [400]),
  ...(endpoint.path.includes(":") ? [404] : []),
  ...(endpoint.method === "GET" ? [] : [409, 422]),
  ...(endpoint.method === "PATCH" ? [412] : [])
]

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
      ...[...new Set(errorStatuses(endpoint))].map((s) => [
        String(s),
        { description: describe(s), content: problem }
      ])
    ])
  }
}

const describe = (status: number) =>
  Object.entries(statusOfTag)
    .filter(([, s]) => s === status)
    .map(([tag]) => tag)
    .join(", ")

/** The OpenAPI 3.1 document of every endpoint of the contract, generated from their Schemas. */
export const openApiDocument = (version: string): Json => {
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

const standalone = () => {
  const require = createRequire(import.meta.url)
  return readFileSync(require.resolve("@scalar/api-reference/browser/standalone.js"))
}

/** `GET /api/openapi.json` and the reference page `GET /api/docs` (Scalar, served from this server: no CDN). */
export const docsRoutes = (app: Hono, version: string) => {
  const document = openApiDocument(version)
  let script: Buffer | undefined
  app.get("/api/openapi.json", (c) => c.json(document))
  app.get("/api/docs/scalar.js", (c) => {
    script ??= standalone()
    return c.body(new Uint8Array(script), 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=86400"
    })
  })
  app.get(
    "/api/docs",
    Scalar({ url: "/api/openapi.json", cdn: "/api/docs/scalar.js", pageTitle: "cryoreg API" })
  )
}
