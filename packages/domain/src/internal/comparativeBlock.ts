import { Schema } from "effect"
import type { BlockInjection } from "../Model/DiagnosticBlock.js"
import { acting } from "../Model/LocalAnesthetic.js"

/**
 * Verdict of comparative local anesthetic blocks: `concordant` (both positive, long-acting relief
 * lasting longer), `discordant` (only one positive), `possibly placebo` (both positive, durations not
 * matching the agents), `negative` (neither positive), `undetermined` (durations unrecorded or both
 * agents of the same duration class).
 */
export const ComparativeVerdict = Schema.Literal(
  "concordant",
  "discordant",
  "possibly placebo",
  "negative",
  "undetermined"
)
export type ComparativeVerdict = typeof ComparativeVerdict.Type

/** The comparative verdict with the reason, in a sentence. */
export const ComparativeReading = Schema.Struct({ verdict: ComparativeVerdict, reason: Schema.String })
export type ComparativeReading = typeof ComparativeReading.Type

/**
 * Reads two blocks the way the comparative-block paradigm does (ISIS Practice Guidelines, Bogduk 2013;
 * Cohen et al., multisociety SIJ guidelines, Reg Anesth Pain Med 2024): a genuine responder gets relief
 * from both, and relief from a long-acting agent (bupivacaine) that outlasts relief from a short-acting
 * one (lidocaine). Relief with only one agent is discordant; relief with both whose durations do not
 * follow the agents (short-acting lasting as long or longer) suggests a placebo response.
 */
export const compare = (
  a: BlockInjection,
  aPositive: boolean,
  b: BlockInjection,
  bPositive: boolean
): ComparativeReading => {
  if (!aPositive && !bPositive)
    return { verdict: "negative", reason: "neither block relieved the pain enough" }
  if (aPositive !== bPositive)
    return {
      verdict: "discordant",
      reason: `only the ${aPositive ? a.agent : b.agent} block relieved the pain enough`
    }
  if (acting[a.agent] === acting[b.agent])
    return {
      verdict: "undetermined",
      reason: `both agents (${a.agent}, ${b.agent}) are ${acting[a.agent]}: durations cannot be compared`
    }
  const [short, long] = acting[a.agent] === "short-acting" ? [a, b] : [b, a]
  if (short.reliefDurationHours === undefined || long.reliefDurationHours === undefined)
    return {
      verdict: "undetermined",
      reason: "both blocks were positive but how long relief lasted was not recorded"
    }
  return long.reliefDurationHours > short.reliefDurationHours
    ? {
        verdict: "concordant",
        reason: `relief lasted ${long.reliefDurationHours} h with ${long.agent}, longer than ${short.reliefDurationHours} h with ${short.agent}`
      }
    : {
        verdict: "possibly placebo",
        reason: `relief lasted ${short.reliefDurationHours} h with short-acting ${short.agent}, not shorter than ${long.reliefDurationHours} h with long-acting ${long.agent}`
      }
}
