/** Patient ids of a center: the prefix derived from the center id, the next free id. */

import type { CenterId, PatientId } from "./Model/Ids.js"

/**
 * A center's patient ids: the center id in capitals, a dash, a four-digit number (`waw` → `WAW-0001`). Centers
 * have no separate prefix: it is derived from the center id here and nowhere else.
 *
 * @example
 * PatientIds.prefixOf("waw") // "WAW-"
 */
export const prefixOf = (centerId: CenterId | string): string => `${centerId.toUpperCase()}-`

/**
 * Whether a patient id is one of the center's: it begins with the center's prefix, in capitals, and has
 * something after it.
 *
 * @example
 * PatientIds.belongsTo("waw", "WAW-0042") // true
 * PatientIds.belongsTo("waw", "PILA-0042") // false
 */
export const belongsTo = (centerId: CenterId | string, id: PatientId | string): boolean => {
  const prefix = prefixOf(centerId)
  return id.length > prefix.length && id.startsWith(prefix)
}

/**
 * The `n`-th patient id of a center, numbered from 1 and padded to four digits.
 *
 * @example
 * PatientIds.numbered("pila", 7) // "PILA-0007"
 */
export const numbered = (centerId: CenterId | string, n: number): PatientId =>
  `${prefixOf(centerId)}${String(n).padStart(4, "0")}` as PatientId

/**
 * The next free id of a center: one past the highest number among the ids already taken in its form
 * (ids in another form are ignored), or its first id.
 *
 * @example
 * PatientIds.nextFree("waw", ["WAW-0107", "WAW-0003", "WAW-X"]) // "WAW-0108"
 */
export const nextFree = (centerId: CenterId | string, taken: Iterable<string>): PatientId => {
  const prefix = prefixOf(centerId)
  let highest = 0
  for (const id of taken) {
    if (!id.toUpperCase().startsWith(prefix)) continue
    const digits = id.slice(prefix.length)
    if (/^\d{1,9}$/.test(digits)) highest = Math.max(highest, Number(digits))
  }
  return numbered(centerId, highest + 1)
}
