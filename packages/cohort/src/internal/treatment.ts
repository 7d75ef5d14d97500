import { value } from "./cells.js"
import { scaleCount } from "./design.js"
import type { Random } from "./random.js"

/** Table 7's adverse event types, as the domain names them. */
export const adverseEventTypes = [
  ["localHematoma", "local hematoma"],
  ["transientParesthesia", "transient paresthesia"],
  ["proceduralPain", "procedural pain"],
  ["temporaryMotorWeakness", "temporary motor weakness"],
  ["infection", "infection"],
  ["permanentNeurologicalDeficit", "permanent neurological deficit"]
] as const

/** The adverse event type names of Table 7. */
export type AdverseEventName = (typeof adverseEventTypes)[number][1]

/**
 * Chooses exactly `count` patients, preferring a higher `score` (plus noise): who takes an
 * analgesic at a visit follows their pain then, so the counts are exact and the pairing plausible.
 */
export const choose = (
  random: Random,
  score: (i: number) => number,
  n: number,
  count: number
): Uint8Array => {
  const keys = Array.from({ length: n }, (_, i) => [score(i) + random.normal(), i] as const)
  keys.sort((a, b) => b[0] - a[0])
  const chosen = new Uint8Array(n)
  for (let k = 0; k < count; k++) chosen[keys[k]![1]] = 1
  return chosen
}

/** Analgesic use (n × 3: baseline, 3, 6 months) with Table 5's counts, following the pain scores. */
export const analgesicUse = (
  random: Random,
  nrs: Int32Array,
  n: number,
  drug: "nsaids" | "opioids"
): Uint8Array => {
  const use = new Uint8Array(n * 3)
  const counts = (["baseline", "m3", "m6"] as const).map((t) =>
    scaleCount(value(`table5.${drug}.${t}[0]`), n)
  )
  const baseline = choose(random, (i) => nrs[i * 3]!, n, counts[0]!)
  const m3 = choose(random, (i) => 3 * baseline[i]! + nrs[i * 3 + 1]! / 2, n, counts[1]!)
  const m6 = choose(random, (i) => 3 * baseline[i]! + nrs[i * 3 + 2]! / 2, n, counts[2]!)
  for (let i = 0; i < n; i++) {
    use[i * 3] = baseline[i]!
    use[i * 3 + 1] = m3[i]!
    use[i * 3 + 2] = m6[i]!
  }
  return use
}

/** Adverse events with Table 7's counts, each type on distinct patients. */
export const adverseEvents = (
  random: Random,
  n: number
): Array<{ patient: number; type: AdverseEventName }> =>
  adverseEventTypes.flatMap(([key, type]) => {
    const chosen = choose(random, () => 0, n, scaleCount(value(`table7.${key}[0]`), n))
    const out: Array<{ patient: number; type: AdverseEventName }> = []
    chosen.forEach((c, patient) => {
      if (c === 1) out.push({ patient, type })
    })
    return out
  })

/** Lesions per procedure (6 or 7 on the treated side) with Table 6's mean. */
export const lesions = (random: Random, n: number): Int32Array => {
  const sevens = Math.round((value("table6.lesionsMean") - 6) * n)
  const chosen = choose(random, () => 0, n, sevens)
  return Int32Array.from(chosen, (c) => 6 + c)
}
