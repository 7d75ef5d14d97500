import { Schema } from "effect"

/** Local anesthetics used for diagnostic SIJ blocks. */
export const LocalAnesthetic = Schema.Literal(
  "lidocaine",
  "mepivacaine",
  "prilocaine",
  "articaine",
  "bupivacaine",
  "levobupivacaine",
  "ropivacaine"
)
export type LocalAnesthetic = typeof LocalAnesthetic.Type

/** Whether an anesthetic's expected duration of action is short (≈1–2 h) or long (≈4–8 h). */
export type Acting = "short-acting" | "long-acting"

/** Expected duration class of each agent: lidocaine-type amides are short-, bupivacaine-type long-acting. */
export const acting: Readonly<Record<LocalAnesthetic, Acting>> = {
  lidocaine: "short-acting",
  mepivacaine: "short-acting",
  prilocaine: "short-acting",
  articaine: "short-acting",
  bupivacaine: "long-acting",
  levobupivacaine: "long-acting",
  ropivacaine: "long-acting"
}
