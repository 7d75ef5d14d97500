import { Api, problemsCsv } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Hono } from "hono"
import { CurrentUser } from "../../CurrentUser.js"
import { CsvText, type Runtime, router } from "../../http/Route.js"
import { Imports } from "../../Imports.js"
import { type TidyFile, tidyFiles } from "./Columns.js"
import { parseTidy, type TidyUpload } from "./Parse.js"
import { templateCsv, tidyFileOf } from "./Template.js"

const fields = Object.keys(tidyFiles) as Array<TidyFile>
const expected = `send the files as multipart/form-data in the fields ${fields.map((f) => `"${f}"`).join(", ")} ("visits" is required)`

/** Reads the multipart upload's files by field; any other field is refused. */
const uploadOf = (form: Record<string, string | File | Array<string | File>>) =>
  Effect.gen(function* () {
    const upload: { -readonly [K in TidyFile]?: TidyUpload[K] } = {}
    for (const [field, value] of Object.entries(form)) {
      if (!(fields as Array<string>).includes(field) || Array.isArray(value))
        return yield* Effect.fail({
          _tag: "InvalidRequest" as const,
          message: `the upload has a field "${field}" ${Array.isArray(value) ? "twice" : ""}: ${expected}`,
          issues: [{ path: [field], message: expected }]
        })
      const k = field as TidyFile
      upload[k] =
        typeof value === "string"
          ? { name: tidyFiles[k].name, bytes: new TextEncoder().encode(value) }
          : {
              name: value.name || tidyFiles[k].name,
              bytes: new Uint8Array(yield* Effect.promise(() => value.arrayBuffer()))
            }
    }
    return upload
  })

/** `/api/import/tidy*`: the tidy CSV template and its import. */
export const tidyImportRoutes = (app: Hono, runtime: Runtime) => {
  const r = router(app, runtime)
  r.mount(Api.tidyTemplate, ({ params }) => Effect.succeed(templateCsv(tidyFileOf(params.file))))
  r.mount(Api.importTidy, ({ query }, c) =>
    Effect.gen(function* () {
      if (!/^multipart\/form-data\b/i.test(c.req.header("content-type") ?? ""))
        return yield* Effect.fail({ _tag: "UnsupportedMediaType" as const, message: expected })
      const form = yield* Effect.tryPromise({
        try: () => c.req.parseBody({ all: true }),
        catch: () => ({
          _tag: "InvalidRequest" as const,
          message: `the upload could not be read: ${expected}`,
          issues: []
        })
      })
      const upload = yield* uploadOf(form)
      const user = yield* CurrentUser
      const source = parseTidy(upload, query.center ?? user.centerId ?? undefined)
      const dryRun = query.dryRun === "1" || query.dryRun === "true"
      const report = yield* Effect.flatMap(Imports, (imports) =>
        imports.run(source, { dryRun, center: query.center })
      )
      return query.format === "csv"
        ? new CsvText(problemsCsv(report.problems), "import-problems.csv")
        : report
    })
  )
}
