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
 * per `groupSize` rows, its bytes emitted as soon as it is encoded, so memory holds one group at a time.
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
    const group = (chunk: Chunk.Chunk<A>) => {
      if (Chunk.isEmpty(chunk)) return Chunk.empty<Uint8Array>()
      const groupRows = Chunk.toReadonlyArray(chunk)
      void file.write({
        columnData: columns.map((c) => ({ name: c.name, data: groupRows.map((r) => r[c.name]) })),
        rowGroupSize: groupRows.length
      })
      return Chunk.of(written())
    }
    return Stream.succeed(written()).pipe(
      Stream.concat(Stream.mapChunks(Stream.rechunk(rows, groupSize), group)),
      Stream.concat(
        Stream.sync(() => {
          void file.finish()
          return written()
        })
      )
    )
  })
