import type { Analysis } from "@cryoreg/domain"

/**
 * How many patients a table leaves out of at least one figure or test because a visit is missing
 * (`report.coverage`): Tables 2–3 count per scale, the others per table; 0 on complete data.
 */
export const leftOutOf = (coverage: Analysis.ReportCoverage | undefined, table: string): number => {
  const entry = Object.entries(coverage ?? {}).find(([key]) => key === table)?.[1]
  if (typeof entry !== "object") return 0
  if ("leftOut" in entry) return entry.leftOut
  return Math.max(
    0,
    ...Object.values(entry).map((c) =>
      typeof c === "object" && c !== null && "leftOut" in c ? Number(c.leftOut) : 0
    )
  )
}
