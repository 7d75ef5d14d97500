import { anneal, type Block, makeSums, penalty, type Target } from "./anneal.js"
import type { Random } from "./random.js"

/** How much heavier a cell already met weighs while polishing: no pursued p-value is worth losing it. */
const hold = 30
/** How much lighter a cell already missed weighs: it may move, as long as it was missed anyway. */
const release = 10
/** Weight of a pursued p-value cell (log scale, per factor of two). */
const pursuedWeight = 3
/**
 * Margin kept inside a pursued cell's interval, as a share of its printed unit: the search's
 * fast tail probabilities are ~1e-3 relative, so a p at the very edge could print differently.
 */
const margin = 0.15
/** Share of moves that trade two patients' whole rows (moves subgroup figures only). */
const rowTrades = 0.5

const isP = (path: string) => /\.p\.|pairwise/.test(path)

const met = (t: Target, sums: ReturnType<typeof makeSums>) => penalty(t, t.measure(sums)) === 0

const inner = (t: Target): Target => {
  const [lo, hi] = [Math.exp(t.lo), Math.exp(t.hi)]
  const m = margin * (hi - lo)
  return { ...t, lo: Math.log(lo + m), hi: Math.log(hi - m), weight: pursuedWeight }
}

/**
 * A second pass for the p-value cells `pursue` selects (the paper's named between-group tests):
 * anneals again from the block's state with those cells weighted up, every cell already met held
 * and every cell already missed released, and keeps the result only if it still meets every
 * cell met before and meets more of the pursued ones; otherwise restores the block's values.
 */
export const polish = (b: Block, random: Random, pursue: (path: string) => boolean, iterations: number) => {
  const start = makeSums(b)
  const pursued = b.targets.filter((t) => pursue(t.path)).map(inner)
  const missing = (sums: ReturnType<typeof makeSums>) => pursued.filter((t) => !met(t, sums)).length
  const before = missing(start)
  if (before === 0) return
  // A p-value cell already met is held inside the margin when it is there (fast tails, see above).
  const kept = b.targets
    .filter((t) => !pursue(t.path) && met(t, start))
    .map((t) => (isP(t.path) && met(inner(t), start) ? { ...inner(t), weight: t.weight } : t))
  const others = b.targets
    .filter((t) => !pursue(t.path) && !met(t, start))
    .map((t) => ({ ...t, weight: t.weight / release }))
  const saved = Int32Array.from(b.values)
  const sums = anneal(
    { ...b, targets: [...kept.map((t) => ({ ...t, weight: t.weight * hold })), ...others, ...pursued] },
    random,
    iterations,
    0.05,
    rowTrades
  )
  if (!kept.every((t) => met(t, sums)) || missing(sums) >= before) b.values.set(saved)
}
