import type { Analysis } from "@cryoreg/domain"

const show = (v: unknown): string => (v === null || v === undefined ? "—" : String(v))

/** Tables 1–10 side by side with the paper: one line per cell, aligned, a mark where they disagree. */
export const renderComparison = (cells: ReadonlyArray<Analysis.CellComparison>): string => {
  const width = Math.max(...cells.map((c) => c.path.length))
  const lines: Array<string> = []
  let table = ""
  for (const c of cells) {
    const t = c.path.split(".")[0]!
    if (t !== table) {
      table = t
      lines.push(
        "",
        `${t.replace("table", "Table ")}${" ".repeat(Math.max(1, width - t.length + 1))}${"published".padStart(10)}${"reproduced".padStart(12)}`
      )
    }
    lines.push(
      `  ${c.path.padEnd(width)}${show(c.published).padStart(10)}${show(c.reproduced).padStart(12)}  ${c.agrees ? "" : "≠"}`
    )
  }
  return lines.join("\n")
}

/** The consistency findings that are not "consistent", one sentence each. */
export const renderFindings = (findings: ReadonlyArray<Analysis.Finding>): string =>
  findings
    .filter((f) => f.verdict !== "consistent")
    .map((f) => `- [${f.verdict}] ${f.sentence}`)
    .join("\n")
