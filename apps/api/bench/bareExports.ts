import type Sqlite from "better-sqlite3"
import type { Hono } from "hono"
import { stream } from "hono/streaming"
import { visitRows } from "../src/Analysis/Export.js"
import { type VisitSourceRow, visitSourceSql, visitSources } from "./VisitSource.js"

/**
 * The exports' baselines on the bare server: the same rows as the API's streamed exports, read with
 * better-sqlite3 and written as JSON lines, a batch at a time, as the client reads them.
 */
export const bareExportRoutes = (
  app: Hono,
  db: Sqlite.Database,
  caller: (header: string | undefined) => unknown
) => {
  // The visit export's: the same rows as visits.parquet from the same cursor query.
  const visitSource = db.prepare<[], VisitSourceRow>(visitSourceSql)
  app.get("/bare/visits.ndjson", (c) => {
    if (caller(c.req.header("authorization")) === undefined) return c.json({ error: "Unauthorized" }, 401)
    return stream(c, async (out) => {
      let lines: Array<string> = []
      for (const p of visitSources(visitSource.iterate())) {
        for (const row of visitRows([p], null)) lines.push(JSON.stringify(row))
        if (lines.length >= 1000) {
          await out.write(`${lines.join("\n")}\n`)
          lines = []
        }
      }
      if (lines.length > 0) await out.write(`${lines.join("\n")}\n`)
    })
  })
}
