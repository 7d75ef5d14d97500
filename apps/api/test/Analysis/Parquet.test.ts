import { Chunk, Effect, Stream } from "effect"
import { parquetMetadata, parquetReadObjects } from "hyparquet"
import { describe, expect, it } from "vitest"
import { type ParquetColumn, parquetStream } from "../../src/Analysis/Parquet.js"

interface Row {
  readonly id: string
  readonly n: number
  readonly x: number | null
  readonly ok: boolean
}
const columns: ReadonlyArray<ParquetColumn<Row>> = [
  { name: "id", type: "STRING", nullable: false },
  { name: "n", type: "INT32", nullable: false },
  { name: "x", type: "DOUBLE", nullable: true },
  { name: "ok", type: "BOOLEAN", nullable: false }
]
const rows = (count: number): Array<Row> =>
  Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    n: i,
    x: i % 3 === 0 ? null : i / 4,
    ok: i % 2 === 0
  }))

const write = (source: Stream.Stream<Row>, groupSize: number) =>
  Effect.runPromise(Stream.runCollect(parquetStream(source, columns, groupSize))).then((chunks) => {
    const parts = Chunk.toReadonlyArray(chunks)
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
    let at = 0
    for (const p of parts) {
      bytes.set(p, at)
      at += p.length
    }
    return { parts: parts.length, file: bytes.buffer }
  })

describe("parquetStream", () => {
  it("writes a row group per groupSize rows as they arrive, and the file reads back whole", async () => {
    // Rows arrive one at a time across many small chunks, as from a cursor.
    const source = Stream.fromIterable(rows(25)).pipe(Stream.rechunk(2))
    const { parts, file } = await write(source, 10)
    const meta = parquetMetadata(file)
    expect(meta.row_groups.map((g) => Number(g.num_rows))).toEqual([10, 10, 5])
    // The header, one piece per full row group, then the last group with the footer.
    expect(parts).toBe(4)
    expect(await parquetReadObjects({ file })).toEqual(rows(25))
  })

  it("writes a valid file with no rows", async () => {
    const { file } = await write(Stream.empty, 10)
    expect(Number(parquetMetadata(file).num_rows)).toBe(0)
    expect(await parquetReadObjects({ file })).toEqual([])
  })
})
