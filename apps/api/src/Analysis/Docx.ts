import { createRequire } from "node:module"
import { Analysis } from "@cryoreg/domain"
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType
} from "docx"
import { Effect } from "effect"
import type { DocTable } from "./DocxCells.js"
import { forestFigure, outcomesFigure } from "./DocxCharts.js"
import { type Figure, toPng, toSvg } from "./DocxFigure.js"
import { methodsParagraphs, type ReportSource, type Versions } from "./DocxMethods.js"
import { docTables } from "./DocxTables.js"

export type { ReportSource } from "./DocxMethods.js"

/** The media type of a Word document. */
export const docxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

const require = createRequire(import.meta.url)
const versionOf = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version

/** The versions printed in the methods: the cryoreg packages that computed the report, and Node's. */
export const versions = (): Versions => ({
  domain: versionOf("@cryoreg/domain"),
  stats: versionOf("@cryoreg/stats"),
  api: (require("../../package.json") as { version: string }).version,
  node: process.version
})

const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" }
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" }

const cell = (text: string) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, size: 18 })] })],
    borders: { top: none, bottom: none, left: none, right: none }
  })

// Three-line tables, as journals print them: rules above and below the header and below the body.
const wordTable = (t: DocTable) => [
  new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(t.title)] }),
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: thin,
      bottom: thin,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: t.head.map(
          (h) =>
            new TableCell({
              children: [new Paragraph({ children: [new TextRun({ text: h, bold: true, size: 18 })] })],
              borders: { top: none, left: none, right: none, bottom: thin }
            })
        )
      }),
      ...t.rows.map((r) => new TableRow({ children: r.map(cell) }))
    ]
  }),
  new Paragraph({ children: [new TextRun({ text: t.note, italics: true, size: 16 })] })
]

const image = (f: Figure, caption: string) => {
  const width = 600
  const height = Math.round((f.height / f.width) * width)
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: "svg",
          data: Buffer.from(toSvg(f), "utf8"),
          fallback: { type: "png", data: toPng(f) },
          transformation: { width, height },
          altText: { name: caption, title: caption, description: f.title }
        })
      ]
    }),
    new Paragraph({ children: [new TextRun({ text: caption, italics: true, size: 18 })] })
  ]
}

const verdictOrder = ["impossible", "contradicts assumption", "inconsistent", "consistent"] as const
const verdictHeading: Record<Analysis.Verdict, string> = {
  impossible: "Cells no patient-level data can print",
  "contradicts assumption": "Figures that contradict an assumption the paper states",
  inconsistent: "Derived figures that do not follow from the others with the named method",
  consistent: "Checks passed"
}

const appendix = (findings: ReadonlyArray<Analysis.Finding>) => [
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: [new TextRun("Appendix. Consistency of the published tables")]
  }),
  new Paragraph(
    "Checks of the paper's printed summaries against each other (GRIM and SD bounds, percentages of counts, subgroups adding up, " +
      "p-values recomputed from the printed figures with the named tests and with paired tests)."
  ),
  ...verdictOrder.flatMap((v) => {
    const these = findings.filter((f) => f.verdict === v)
    return these.length === 0
      ? []
      : [
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [new TextRun(`${verdictHeading[v]} (${these.length})`)]
          }),
          ...these.map((f) => new Paragraph({ text: f.sentence, bullet: { level: 0 } }))
        ]
  })
]

/** What the document is made of. */
export interface DocxInput {
  readonly report: Analysis.StudyReport
  readonly findings: ReadonlyArray<Analysis.Finding>
  readonly source: ReportSource
  readonly versions: Versions
}

/**
 * The report as a Word document: Tables 1–10 in the paper's layout (MMRM rows beside the ANOVA), the
 * outcome figure and the subgroup forest plot (SVG with a PNG fallback), the methods generated from what
 * was computed, and the consistency findings as an appendix.
 */
export const reportDocx = (input: DocxInput): Effect.Effect<Uint8Array> => {
  const r = input.report
  const doc = new Document({
    creator: "cryoreg",
    title: "Cryoneurolysis of the sacral lateral branches: Tables 1–10",
    styles: { default: { document: { run: { font: "Arial", size: 20 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun("Cryoneurolysis of the sacral lateral branches: Tables 1–10")]
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Methods")] }),
          ...methodsParagraphs(r, input.source, input.versions).map(
            (p) => new Paragraph({ text: p, spacing: { after: 120 } })
          ),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Results")] }),
          ...docTables(r, (p) => Analysis.formatP(p)).flatMap(wordTable),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Figures")] }),
          ...image(
            outcomesFigure(r),
            "Figure 1. NRS, VAS and ODI at baseline, 3 and 6 months: mean with 95% confidence interval."
          ),
          ...image(
            forestFigure(r),
            "Figure 2. NRS reduction at 6 months by subgroup (Tables 8–10): mean with 95% confidence interval; P from the between-group test."
          ),
          ...appendix(input.findings)
        ]
      }
    ]
  })
  return Effect.map(
    Effect.promise(() => Packer.toBuffer(doc)),
    (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
  )
}
