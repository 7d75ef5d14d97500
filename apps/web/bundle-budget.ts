import { gzipSync } from "node:zlib"
import type { Plugin, Rollup } from "vite"

type OutputBundle = Rollup.OutputBundle
type OutputChunk = Rollup.OutputChunk

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`

/** The chunk and every chunk it imports statically (what the browser loads before it runs). */
const closure = (bundle: OutputBundle, start: OutputChunk): Set<OutputChunk> => {
  const seen = new Set<OutputChunk>()
  const visit = (chunk: OutputChunk) => {
    if (seen.has(chunk)) return
    seen.add(chunk)
    for (const name of chunk.imports) {
      const next = bundle[name]
      if (next?.type === "chunk") visit(next)
    }
  }
  visit(start)
  return seen
}

const gzipped = (chunks: Iterable<OutputChunk>): number =>
  [...chunks].reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0)

/**
 * Prints the gzipped JS of the first page (the entry and its static imports; the login page is in the
 * entry) and of each lazily loaded page on top of it; fails the build when the first page is over budget.
 */
export const bundleBudget = (budgetKb = 150): Plugin => ({
  name: "cryoreg-bundle-budget",
  apply: "build",
  generateBundle(_options, bundle) {
    const entry = Object.values(bundle).find((o): o is OutputChunk => o.type === "chunk" && o.isEntry)
    if (entry === undefined) return
    const first = closure(bundle, entry)
    const firstBytes = gzipped(first)
    const lines = [
      `first page JS: ${kb(firstBytes)} gzipped in ${first.size} chunk(s) (budget ${budgetKb} KB)`
    ]
    for (const name of entry.dynamicImports) {
      const page = bundle[name]
      if (page?.type !== "chunk") continue
      const extra = [...closure(bundle, page)].filter((c) => !first.has(c))
      lines.push(`  + ${page.name}: ${kb(gzipped(extra))} gzipped, loaded on first visit`)
    }
    console.log(`\n${lines.join("\n")}`)
    if (firstBytes > budgetKb * 1024)
      this.error(`the first page's JS is ${kb(firstBytes)} gzipped, over the ${budgetKb} KB budget`)
  }
})
