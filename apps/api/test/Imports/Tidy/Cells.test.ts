import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { readTable } from "../../../src/Imports/Tidy/Cells.js"
import { col } from "../../../src/Imports/Tidy/Column.js"

const columns = ["patient_id", "a", "b"].map((name) => col(name, "text", "patient", [name], "", ""))
const names = columns.map((c) => c.name)

/** What a file reads as, through `readTable`: each data row's number and cells, and the problems. */
const read = (text: string) => {
  const table = readTable("f.csv", new TextEncoder().encode(text), columns, ["patient_id"])
  const rows = Array.from({ length: table.size }, (_, i) => {
    const row = table.rowAt(i)
    return { row: row.row, key: table.keyAt(i), cells: names.map((n) => row.cells.get(n)) }
  })
  return { rows, problems: table.problems.map((p) => [p.row, p.column, p.code, p.message]) }
}

/** The same, as csv-parse reads the file (comma- or semicolon-separated as the header is, blank rows left out). */
const oracle = (text: string) => {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? ""
  const delimiter = header.includes(";") && !header.includes(",") ? ";" : ","
  let records: Array<{ record: Array<string>; info: { lines: number } }>
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      record_delimiter: ["\r\n", "\n"],
      info: true
    }) as unknown as typeof records
  } catch (error) {
    return {
      rows: [],
      problems: [
        [
          (error as { lines?: number }).lines ?? null,
          null,
          "notCsv",
          `the file is not readable as CSV: ${(error as Error).message}`
        ]
      ]
    }
  }
  const head = (records[0]?.record ?? []).map((n) => n.trim().toLowerCase())
  const problems: Array<Array<unknown>> = []
  const rows = records.slice(1).flatMap(({ record, info }) => {
    if (record.length > head.length)
      problems.push([
        info.lines,
        null,
        "extraCells",
        `the row has ${record.length} cells, the header ${head.length}`
      ])
    const cells = names.map((n) => (head.includes(n) ? (record[head.indexOf(n)] ?? "").trim() : undefined))
    if (head.every((_, i) => (record[i] ?? "").trim() === "")) return []
    return [{ row: info.lines, key: cells[0] ?? "", cells }]
  })
  return { rows, problems }
}

// a small random generator, seeded: the same files every run
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}

describe("readTable", () => {
  it("reads a file as csv-parse does: quoted fields, doubled quotes, line breaks in quotes, CRLF, blank lines, extra cells", () => {
    const text =
      'patient_id,a,b\r\nWAW-1,"x, y","say ""no"""\r\n\r\nWAW-1,"two\r\nlines",\r\n,,\r\nWAW-2, z ,b,extra\r\n"WAW-3",,'
    expect(read(text)).toEqual(oracle(text))
    expect(read(text).rows.map((r) => [r.row, r.key, r.cells[1]])).toEqual([
      [2, "WAW-1", "x, y"],
      // csv-parse counts the CR and the LF in quotes as two lines
      [6, "WAW-1", "two\r\nlines"],
      [8, "WAW-2", "z"],
      [9, "WAW-3", ""]
    ])
  })

  it("reads and refuses every file as csv-parse does (1,000 random files of quotes, delimiters and line ends)", () => {
    const next = random(7)
    const pick = <A>(xs: ReadonlyArray<A>) => xs[Math.floor(next() * xs.length)]!
    const fields = [
      "",
      "WAW-1",
      "WAW-2",
      " x ",
      "ł",
      '"q"',
      '"a,b"',
      '"a;b"',
      '"l\nm"',
      '"l\r\nm"',
      '"d""e"',
      '""'
    ]
    const odd = ['"', 'x"y', '"z" ', ' "w"', '"open', "\r"]
    const ends = ["\n", "\r\n", "\n\n", "\r\n\r\n"]
    for (let f = 0; f < 1000; f++) {
      const delimiter = next() < 0.8 ? "," : ";"
      const lineEnd = pick(ends)
      const rows = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
          next() < 0.03 ? pick(odd) : pick(fields)
        ).join(delimiter)
      )
      const mixed = next() < 0.1 ? pick(ends) : lineEnd
      const text = `${next() < 0.1 ? "\uFEFF" : ""}${names.join(delimiter)}${lineEnd}${rows.join(mixed)}${next() < 0.5 ? lineEnd : ""}`
      expect(read(text), JSON.stringify(text)).toEqual(oracle(text))
    }
  })

  it("reads a header saved with CRLF and rows added with LF as separate rows (a template edited in two programs)", () => {
    const { rows, problems } = read("patient_id,a,b\r\nWAW-1,x,y\nWAW-2,z,w\n")
    expect(problems).toEqual([])
    expect(rows.map((r) => [r.row, r.key, r.cells])).toEqual([
      [2, "WAW-1", ["WAW-1", "x", "y"]],
      [3, "WAW-2", ["WAW-2", "z", "w"]]
    ])
  })

  it("refuses an empty file and a blank one, naming what to fill in", () => {
    for (const text of ["", " \r\n\n", "\uFEFF"])
      expect(read(text).problems.map((p) => p[2])).toEqual(["emptyFile"])
  })

  it("refuses a file that is not UTF-8, naming the fix", () => {
    const table = readTable("f.csv", new Uint8Array([0x70, 0xff, 0x0a]), columns, ["patient_id"])
    expect(table.problems.map((p) => [p.code, p.message])).toEqual([
      ["notUtf8", "the file is not UTF-8 text: save it as CSV UTF-8"]
    ])
  })
})
