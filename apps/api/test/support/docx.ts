import JSZip from "jszip"

/** A Word document read back: its tables (rows of cell texts), its paragraphs' text, its media files. */
export interface ReadDocx {
  readonly tables: ReadonlyArray<ReadonlyArray<ReadonlyArray<string>>>
  readonly text: string
  readonly media: ReadonlyMap<string, Uint8Array>
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join("")

/** Unzips a .docx and parses `word/document.xml` (tables are not nested in the report). */
export const readDocx = async (bytes: Uint8Array): Promise<ReadDocx> => {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file("word/document.xml")!.async("string")
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1]!))
    )
  )
  const paragraphs = [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0]))
  const media = new Map<string, Uint8Array>()
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith("word/media/") && !zip.files[n]!.dir))
    media.set(name, await zip.file(name)!.async("uint8array"))
  return { tables, text: paragraphs.join("\n"), media }
}

/** "7.4 ± 1.1" → [7.4, 1.1]. */
export const meanSdOf = (cell: string): [number, number] => {
  const m = /^(-?[\d.]+) ± ([\d.]+)$/.exec(cell)
  if (m === null) throw new Error(`not a mean ± SD: "${cell}"`)
  return [Number(m[1]), Number(m[2])]
}
