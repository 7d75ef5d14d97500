import { parquetMetadata, parquetReadObjects } from "hyparquet"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Account, dialects, type Registry, raw, startRegistry } from "../support/registry.js"

const get = async (registry: Registry, account: Account, path: string) => {
  const response = await fetch(`${registry.url}${path}`, {
    headers: { authorization: `Bearer ${registry.tokens[account]}` }
  })
  expect(response.status).toBe(200)
  return response
}

/** The Parquet file's rows, each cell written as the CSV writes it (null: an empty cell). */
const parquetAsCsvCells = async (bytes: ArrayBuffer) => {
  const rows = (await parquetReadObjects({ file: bytes })) as Array<Record<string, unknown>>
  const columns = parquetMetadata(bytes)
    .schema.slice(1)
    .map((e) => e.name)
  return { columns, cells: rows.map((r) => columns.map((c) => (r[c] === null ? "" : String(r[c])))) }
}

// The demo cohort's CSV has no quoted cells (pseudonyms, codes, numbers, booleans).
const csvCells = (text: string) => {
  const [header, ...lines] = text.trimEnd().split("\r\n")
  return { columns: header!.split(","), cells: lines.map((l) => l.split(",")) }
}

describe.each(dialects)("GET /api/export/visits.parquet on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind)
  })
  afterAll(() => registry?.close())

  it("holds visits.csv's columns and rows, row by row, read back with hyparquet", async () => {
    const response = await get(registry, "statistician", "/api/export/visits.parquet")
    expect(response.headers.get("content-type")).toBe("application/vnd.apache.parquet")
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="visits.parquet"')
    const bytes = await response.arrayBuffer()
    const parquet = await parquetAsCsvCells(bytes)
    const csv = csvCells((await raw(registry, "statistician", "GET", "/api/export/visits.csv")).text)
    expect(parquet.columns).toEqual(csv.columns)
    expect(parquet.cells).toHaveLength(107 * 3)
    for (let i = 0; i < csv.cells.length; i++) expect(parquet.cells[i], `row ${i + 1}`).toEqual(csv.cells[i])
    expect(parquet.cells.every((row) => /^P-[0-9a-f]{12}$/.test(row[1]!))).toBe(true)
  })

  it("types each column as the study's data are: text, whole numbers, measurements, yes/no, empty when unknown", async () => {
    const bytes = await (await get(registry, "admin", "/api/export/visits.parquet")).arrayBuffer()
    const types = Object.fromEntries(
      parquetMetadata(bytes)
        .schema.slice(1)
        .map((e) => [e.name, `${e.type}${e.converted_type === "UTF8" ? " UTF8" : ""} ${e.repetition_type}`])
    )
    expect(types).toEqual({
      center: "BYTE_ARRAY UTF8 REQUIRED",
      patient: "BYTE_ARRAY UTF8 REQUIRED",
      sex: "BYTE_ARRAY UTF8 REQUIRED",
      ageGroup: "BYTE_ARRAY UTF8 REQUIRED",
      baselineNrsGroup: "BYTE_ARRAY UTF8 REQUIRED",
      timepoint: "BYTE_ARRAY UTF8 REQUIRED",
      daysAfterProcedure: "INT32 OPTIONAL",
      outOfWindow: "BOOLEAN REQUIRED",
      month: "BYTE_ARRAY UTF8 OPTIONAL",
      nrs: "INT32 REQUIRED",
      vas: "DOUBLE REQUIRED",
      odi: "DOUBLE OPTIONAL",
      nsaids: "BOOLEAN REQUIRED",
      combinationAnalgesics: "BOOLEAN REQUIRED",
      opioidContaining: "BOOLEAN REQUIRED"
    })
    const rows = (await parquetReadObjects({ file: bytes })) as Array<{ patient: string; nrs: number }>
    // The clinical roles read the patients' own ids.
    expect(rows.every((r) => /^(WAW|PILA)-/.test(r.patient) && Number.isInteger(r.nrs))).toBe(true)
  })

  it("holds a clinician's own center only, and a frozen set's rows with ?set=", async () => {
    const pila = csvCells((await raw(registry, "clinician-pila", "GET", "/api/export/visits.csv")).text)
    const bytes = await (await get(registry, "clinician-pila", "/api/export/visits.parquet")).arrayBuffer()
    const parquet = await parquetAsCsvCells(bytes)
    expect(parquet.cells.length).toBeGreaterThan(0)
    expect(parquet.cells.every((r) => r[0] === "pila")).toBe(true)
    expect(parquet.cells).toEqual(pila.cells)

    const sets = await registry.as.statistician.listAnalysisSets({})
    const demo = sets.items.find((s) => s.demo)!
    const query = `?set=${demo.id}`
    const setCsv = csvCells(
      (await raw(registry, "statistician", "GET", `/api/export/visits.csv${query}`)).text
    )
    const setBytes = await (
      await get(registry, "statistician", `/api/export/visits.parquet${query}`)
    ).arrayBuffer()
    expect((await parquetAsCsvCells(setBytes)).cells).toEqual(setCsv.cells)
  })

  it("refuses a caller without a session and an unknown set, as visits.csv does", async () => {
    expect((await raw(registry, null, "GET", "/api/export/visits.parquet")).status).toBe(401)
    const unknown = await raw(
      registry,
      "statistician",
      "GET",
      "/api/export/visits.parquet?set=set-0000000000000000"
    )
    expect(unknown.status).toBe(
      (await raw(registry, "statistician", "GET", "/api/export/visits.csv?set=set-0000000000000000")).status
    )
    expect(unknown.status).toBe(404)
  })
})
