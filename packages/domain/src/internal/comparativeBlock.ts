import { Schema } from "effect"
import type { BlockInjection } from "../Model/DiagnosticBlock.js"
import { type Acting, acting, LocalAnesthetic } from "../Model/LocalAnesthetic.js"

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

const reason = <C extends string, P extends Schema.Struct.Fields>(code: C, params: P) =>
  Schema.Struct({ code: Schema.Literal(code), params: Schema.Struct(params) })

const durations = {
  longAgent: LocalAnesthetic,
  longHours: Schema.Number,
  shortAgent: LocalAnesthetic,
  shortHours: Schema.Number
}

/** Why two blocks read as they do: a code (one per kind of reason) and the facts behind it. */
export const ComparativeReason = Schema.Union(
  reason("neitherPositive", {}),
  reason("onlyOnePositive", { agent: LocalAnesthetic }),
  reason("sameDurationClass", {
    first: LocalAnesthetic,
    second: LocalAnesthetic,
    acting: Schema.Literal("short-acting", "long-acting")
  }),
  reason("durationsNotRecorded", {}),
  reason("longActingLastedLonger", durations),
  reason("shortActingNotShorter", durations)
)
export type ComparativeReason = typeof ComparativeReason.Type

/** The kinds of comparative reason, one per sentence. */
export type ComparativeReasonCode = ComparativeReason["code"]

type ParamsOf<C extends ComparativeReasonCode> = Extract<ComparativeReason, { code: C }>["params"]

const english: { readonly [C in ComparativeReasonCode]: (p: ParamsOf<C>) => string } = {
  neitherPositive: () => "neither block relieved the pain enough",
  onlyOnePositive: (p) => `only the ${p.agent} block relieved the pain enough`,
  sameDurationClass: (p) =>
    `both agents (${p.first}, ${p.second}) are ${p.acting}: durations cannot be compared`,
  durationsNotRecorded: () => "both blocks were positive but how long relief lasted was not recorded",
  longActingLastedLonger: (p) =>
    `relief lasted ${p.longHours} h with ${p.longAgent}, longer than ${p.shortHours} h with ${p.shortAgent}`,
  shortActingNotShorter: (p) =>
    `relief lasted ${p.shortHours} h with short-acting ${p.shortAgent}, not shorter than ${p.longHours} h with long-acting ${p.longAgent}`
}

/**
 * The reason of a comparative reading as an English sentence (what the API sends as `reason`).
 *
 * @example
 * describeComparativeReason({ code: "onlyOnePositive", params: { agent: "lidocaine" } })
 * // "only the lidocaine block relieved the pain enough"
 */
export const describeComparativeReason = (r: ComparativeReason): string =>
  (english[r.code] as (p: ComparativeReason["params"]) => string)(r.params)

/** The comparative verdict with its reason as data (`code`, `params`) and in an English sentence (`reason`). */
export const ComparativeReading = Schema.extend(
  Schema.Struct({ verdict: ComparativeVerdict, reason: Schema.String }),
  ComparativeReason
)
export type ComparativeReading = typeof ComparativeReading.Type

const reading = (verdict: ComparativeVerdict, why: ComparativeReason): ComparativeReading =>
  ({ verdict, ...why, reason: describeComparativeReason(why) }) as ComparativeReading

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
  if (!aPositive && !bPositive) return reading("negative", { code: "neitherPositive", params: {} })
  if (aPositive !== bPositive)
    return reading("discordant", {
      code: "onlyOnePositive",
      params: { agent: aPositive ? a.agent : b.agent }
    })
  const durationClass: Acting = acting[a.agent]
  if (durationClass === acting[b.agent])
    return reading("undetermined", {
      code: "sameDurationClass",
      params: { first: a.agent, second: b.agent, acting: durationClass }
    })
  const [short, long] = acting[a.agent] === "short-acting" ? [a, b] : [b, a]
  if (short.reliefDurationHours === undefined || long.reliefDurationHours === undefined)
    return reading("undetermined", { code: "durationsNotRecorded", params: {} })
  const params = {
    longAgent: long.agent,
    longHours: long.reliefDurationHours,
    shortAgent: short.agent,
    shortHours: short.reliefDurationHours
  }
  return long.reliefDurationHours > short.reliefDurationHours
    ? reading("concordant", { code: "longActingLastedLonger", params })
    : reading("possibly placebo", { code: "shortActingNotShorter", params })
}
