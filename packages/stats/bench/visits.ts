import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { normalCdfUpper } from "../src/index.js"
import { normals } from "./timing.js"

/** Long-format visits (one entry per attended visit) of n patients at baseline, 3 and 6 months. */
export interface Visits {
  readonly y: Float64Array
  readonly subject: Int32Array
  readonly time: Int32Array
}

/**
 * NRS-like visits with 20 % of all visits missing: 15 % of patients seen at baseline only, 20 % lost
 * after 3 months, 10 % missing the 3-month visit; patient level, visit effect and noise as the study.
 */
export const visitsWithDropout = (n: number, seed: number): Visits => {
  const noise = normals(n * 5, seed)
  const [y, subject, time] = [new Float64Array(3 * n), new Int32Array(3 * n), new Int32Array(3 * n)]
  const mean = [7.4, 3.6, 4.2]
  let at = 0
  for (let i = 0; i < n; i++) {
    const u = normalCdfUpper(noise[n * 4 + i]!)
    const attended = u < 0.15 ? [0] : u < 0.35 ? [0, 1] : u < 0.45 ? [0, 2] : [0, 1, 2]
    for (const t of attended) {
      y[at] = mean[t]! + 1.2 * noise[n * 3 + i]! + (0.8 + 0.3 * t) * noise[i * 3 + t]!
      subject[at] = i + 1
      time[at++] = t
    }
  }
  return { y: y.subarray(0, at), subject: subject.subarray(0, at), time: time.subarray(0, at) }
}

/** Writes `visits-<n>.csv` (y, subject, time) into `folder` for bench/r-reference.R. */
export const writeVisitsCsv = (folder: string, n: number, v: Visits): void => {
  const lines = ["y,subject,time"]
  for (let i = 0; i < v.y.length; i++) lines.push(`${v.y[i]!.toPrecision(17)},${v.subject[i]},${v.time[i]}`)
  writeFileSync(join(folder, `visits-${n}.csv`), `${lines.join("\n")}\n`)
}
