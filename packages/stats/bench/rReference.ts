import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"

const script = fileURLToPath(new URL("./r-reference.R", import.meta.url))

/** GNU R's times in ms by key (see r-reference.R), measured now on this machine; undefined without Rscript. */
export interface RTimes {
  readonly version: string
  readonly ms: ReadonlyMap<string, number>
}

/**
 * Runs bench/r-reference.R with `Rscript` before the package is timed (not beside it, so neither
 * slows the other); the mixed models read the CSVs in `visitsFolder`.
 */
export const measureR = (visitsFolder: string): RTimes | undefined => {
  // CRYOREG_BENCH_RSCRIPT names another Rscript (or a missing one, to skip R)
  const rscript = process.env.CRYOREG_BENCH_RSCRIPT ?? "Rscript"
  console.log(`running ${rscript} bench/r-reference.R first (nlme::gls at 100,000 patients takes minutes)…`)
  const run = spawnSync(rscript, [script, visitsFolder], { encoding: "utf8", maxBuffer: 1 << 24 })
  if (run.error !== undefined || run.status !== 0) {
    if (run.status !== null && run.status !== 0)
      console.log(`Rscript failed (${run.status}): ${run.stderr.trim()}`)
    return undefined
  }
  const ms = new Map<string, number>()
  let version = "R"
  for (const line of run.stdout.split("\n")) {
    if (line.startsWith("# ")) version = line.slice(2)
    const [key, value] = line.split(" ")
    if (key !== undefined && value !== undefined && !line.startsWith("#")) ms.set(key, Number(value))
  }
  return { version, ms }
}
