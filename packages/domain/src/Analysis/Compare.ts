/** Tables 1–10 from patient records, and their comparison with the paper. */

import { Schema } from "effect"
import { isCell, type NotComputed } from "./Cell.js"
import { decimalsOfNumber, type PrintedDecimals, round } from "./Printed.js"
import type { Published } from "./Published.js"
import { decimals as studyDecimals } from "./PublishedStudy.js"
import { NotComputedReason } from "./Reason.js"

/** How a published cell fared: reproduced at the printed precision, different, or not computed from these patients. */
export const CellStatus = Schema.Literal("agrees", "differs", "notComputed")
export type CellStatus = typeof CellStatus.Type

/**
 * One cell compared: published and reproduced values, their difference, and agreement at the printed
 * precision. A cell not computed (`status` "notComputed", `reason` in words) neither agrees nor differs.
 */
export const CellComparison = Schema.Struct({
  path: Schema.String,
  published: Schema.Union(Schema.Number, Schema.String),
  reproduced: Schema.Union(Schema.Number, Schema.String, Schema.Null),
  difference: Schema.NullOr(Schema.Number),
  agrees: Schema.Boolean,
  status: CellStatus,
  /** Why the cell was not computed, in English; null otherwise. */
  reason: Schema.NullOr(Schema.String),
  /** Why the cell was not computed, as data (a code and its params); null otherwise. */
  why: Schema.NullOr(NotComputedReason)
})
export type CellComparison = typeof CellComparison.Type

/** How many cells agree, differ, and were not computed. */
export const tally = (cells: ReadonlyArray<CellComparison>): Record<CellStatus, number> => {
  const out = { agrees: 0, differs: 0, notComputed: 0 }
  for (const c of cells) out[c.status]++
  return out
}

type Leaf = number | string | NotComputed

const leaves = (value: unknown, path: string, out: Map<string, Leaf>): Map<string, Leaf> => {
  if (isCell(value)) {
    if (value._tag === "Computed") leaves(value.value, path, out)
    else out.set(path, value)
  } else if (typeof value === "number" || typeof value === "string") out.set(path, value)
  else if (Array.isArray(value))
    value.forEach((v, k) => {
      leaves(v, `${path}[${k}]`, out)
    })
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) leaves(v, path === "" ? k : `${path}.${k}`, out)
  return out
}

/** The reproduced leaf at `path`, or the cell not computed that holds it (`table2.nrs.baseline` for `…[0]`). */
const lookup = (ours: Map<string, Leaf>, path: string): Leaf | null => {
  for (let p = path; p !== ""; p = p.replace(/(\[\d+\]|\.[^.[]+|^[^.[]+)$/, "")) {
    const v = ours.get(p)
    if (v !== undefined) return p === path || typeof v === "object" ? v : null
  }
  return null
}

/**
 * Compares a report with the published tables cell by cell (Tables 1–10; notes excluded): a number
 * agrees when it rounds to the published value at the decimals the paper printed; a cell the report
 * did not compute is "notComputed", with its reason.
 */
export const compareWithPublished = (
  report: object,
  published: Published,
  decimals: PrintedDecimals = studyDecimals
): Array<CellComparison> => {
  const tables = Object.fromEntries(Object.entries(published).filter(([k]) => k.startsWith("table")))
  const ours = leaves(report, "", new Map())
  return [...leaves(tables, "", new Map())].flatMap(([path, value]): Array<CellComparison> => {
    if (path.endsWith(".note") || typeof value === "object") return []
    const reproduced = lookup(ours, path)
    if (reproduced !== null && typeof reproduced === "object")
      return [
        {
          path,
          published: value,
          reproduced: null,
          difference: null,
          agrees: false,
          status: "notComputed",
          reason: reproduced.reason,
          why: reproduced.why
        }
      ]
    const verdict = (agrees: boolean) =>
      ({ agrees, status: agrees ? "agrees" : "differs", reason: null, why: null }) as const
    if (typeof value === "string" || typeof reproduced === "string" || reproduced === null)
      return [{ path, published: value, reproduced, difference: null, ...verdict(value === reproduced) }]
    const d = decimals.get(path) ?? decimalsOfNumber(value)
    return [
      {
        path,
        published: value,
        reproduced,
        difference: round(reproduced - value, d + 2),
        ...verdict(round(reproduced, d) === value)
      }
    ]
  })
}
