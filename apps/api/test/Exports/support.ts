import { parse } from "csv-parse/sync"
import type { Registry } from "../support/registry.js"

/** GETs a file of the API as one account: the status, the content type and the text. */
export const download = async (registry: Registry, token: string, path: string) => {
  const response = await fetch(`${registry.url}${path}`, { headers: { authorization: `Bearer ${token}` } })
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    text: await response.text()
  }
}

/** A CSV text as its header and its rows, each row an object by column. */
export const readCsv = (text: string, delimiter: "," | ";" = ",") => {
  const rows = parse(text, { relax_column_count: false, delimiter }) as Array<Array<string>>
  const header = rows[0] ?? []
  return {
    header,
    rows: rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))),
    raw: rows.slice(1)
  }
}
