import { Schema } from "effect"
import { decimalsOfNumber, type PrintedDecimals, round } from "./Printed.js"
import type { Published } from "./Published.js"
import { decimals as studyDecimals } from "./PublishedStudy.js"

/** One cell compared: published and reproduced values, their difference, and agreement at the printed precision. */
export const CellComparison = Schema.Struct({
  path: Schema.String,
  published: Schema.Union(Schema.Number, Schema.String),
  reproduced: Schema.Union(Schema.Number, Schema.String, Schema.Null),
  difference: Schema.NullOr(Schema.Number),
  agrees: Schema.Boolean
})
export type CellComparison = typeof CellComparison.Type

const leaves = (value: unknown, path: string, out: Map<string, number | string>) => {
  if (typeof value === "number" || typeof value === "string") out.set(path, value)
  else if (Array.isArray(value))
    value.forEach((v, k) => {
      leaves(v, `${path}[${k}]`, out)
    })
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) leaves(v, path === "" ? k : `${path}.${k}`, out)
  return out
}

/**
 * Compares a report with the published tables cell by cell (Tables 1–10; notes excluded): a number
 * agrees when it rounds to the published value at the decimals the paper printed.
 */
export const compareWithPublished = (
  report: object,
  published: Published,
  decimals: PrintedDecimals = studyDecimals
): Array<CellComparison> => {
  const tables = Object.fromEntries(Object.entries(published).filter(([k]) => k.startsWith("table")))
  const ours = leaves(report, "", new Map())
  return [...leaves(tables, "", new Map())].flatMap(([path, value]): Array<CellComparison> => {
    if (path.endsWith(".note")) return []
    const reproduced = ours.get(path) ?? null
    if (typeof value === "string" || typeof reproduced === "string" || reproduced === null)
      return [{ path, published: value, reproduced, difference: null, agrees: value === reproduced }]
    const d = decimals.get(path) ?? decimalsOfNumber(value)
    return [
      {
        path,
        published: value,
        reproduced,
        difference: round(reproduced - value, d + 2),
        agrees: round(reproduced, d) === value
      }
    ]
  })
}
