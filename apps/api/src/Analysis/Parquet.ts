import { Chunk, Stream } from "effect"
import { ByteWriter, ParquetWriter } from "hyparquet-writer"

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]["schema"][number]

/** One column of a Parquet file of rows `A`: its name (a field of `A`), its type, and whether it may be null. */
export interface ParquetColumn<A> {
  readonly name: keyof A & string
  readonly type: "STRING" | "INT32" | "DOUBLE" | "BOOLEAN"
  readonly nullable: boolean
}

const element = <A>(c: ParquetColumn<A>): SchemaElement => ({
  name: c.name,
  ...(c.type === "STRING" ? { type: "BYTE_ARRAY", converted_type: "UTF8" } : { type: c.type }),
  repetition_type: c.nullable ? "OPTIONAL" : "REQUIRED"
})

/**
 * `rows` as an Apache Parquet file (hyparquet-writer, Snappy), written as the rows arrive: one row group
 * per `groupSize` rows, its bytes emitted as soon as it is encoded. Each row is copied into the group's
 * column arrays when it arrives and dropped, so memory holds one group's values at a time.
 */
export const parquetStream = <A, E, R>(
  rows: Stream.Stream<A, E, R>,
  columns: ReadonlyArray<ParquetColumn<A>>,
  groupSize: number
): Stream.Stream<Uint8Array, E, R> =>
  Stream.suspend(() => {
    const writer = new ByteWriter()
    const schema: Array<SchemaElement> = [
      { name: "root", num_children: columns.length },
      ...columns.map(element)
    ]
    const file = new ParquetWriter({ writer, schema, createdBy: "cryoreg" })
    // What was written since the last call; the writer's offsets (in the file's footer) keep counting.
    const written = () => {
      const bytes = writer.getBytes().slice()
      writer.index = 0
      return bytes
    }
    let values: Array<Array<unknown>> = columns.map(() => [])
    let count = 0
    const flush = () => {
      void file.write({
        columnData: columns.map((c, k) => ({ name: c.name, data: values[k]! })),
        rowGroupSize: count
      })
      values = columns.map(() => [])
      count = 0
      return written()
    }
    const add = (chunk: Chunk.Chunk<A>) => {
      const out: Array<Uint8Array> = []
      for (const row of chunk) {
        for (let k = 0; k < columns.length; k++) values[k]!.push(row[columns[k]!.name])
        if (++count === groupSize) out.push(flush())
      }
      return Chunk.unsafeFromArray(out)
    }
    return Stream.succeed(written()).pipe(
      Stream.concat(Stream.mapChunks(rows, add)),
      Stream.concat(
        Stream.sync(() => {
          const last = count > 0 ? flush() : new Uint8Array(0)
          void file.finish()
          const footer = written()
          const bytes = new Uint8Array(last.length + footer.length)
          bytes.set(last)
          bytes.set(footer, last.length)
          return bytes
        })
      )
    )
  })
