/** Analgesics: NSAIDs, combination analgesics and opioid-containing drugs by ATC group (Table 5). */

import { Data, Effect, Exit } from "effect"
import { type Category, type Drug, drugs, synonyms } from "./internal/analgesicDrugs.js"
import { EmptyCohort, type Share, share } from "./internal/cohort.js"
import { UnclassifiedAnalgesic } from "./internal/unclassified.js"
import type { AnalgesicUse } from "./Model/AnalgesicUse.js"

export type { Category, Drug } from "./internal/analgesicDrugs.js"
export { EmptyCohort, type Share } from "./internal/cohort.js"
export { UnclassifiedAnalgesic } from "./internal/unclassified.js"

/**
 * The study's three categories. A drug counts in exactly one, that of its ATC group: an opioid
 * combination (N02AJ, e.g. tramadol+paracetamol) is opioid-containing, not a combination analgesic,
 * which is what Table 5's "opioid-containing analgesics" row counts.
 */
export const categories = ["nsaids", "combinationAnalgesics", "opioidContaining"] as const

/** The classified drugs: name (components sorted, joined by "+"), ATC code and category. */
export const table: ReadonlyArray<Drug> = drugs

const atcPattern = /^[A-Z]\d{2}[A-Z]{2}\d{2}$/
const byName = new Map(drugs.map((drug) => [drug.name, drug]))
const byAtc = new Map(drugs.map((drug) => [drug.atc, drug]))

/** The canonical name of a drug as written on a form: lower case, no dose, components sorted. */
export const normalize = (written: string): string =>
  written
    .toLowerCase()
    .replace(/\d[\d.,]*\s*(mg|mcg|µg|ug|g|ml|%)?/g, " ")
    .split(/\+|\/| and | with /)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part.length > 0)
    .map((part) => synonyms[part] ?? part)
    .sort()
    .join("+")

const categoryOfAtc = (atc: string): Category =>
  atc.startsWith("M01A")
    ? "nsaids"
    : atc.startsWith("N02A")
      ? "opioidContaining"
      : atc.startsWith("N02B") && /[57]\d$/.test(atc)
        ? "combinationAnalgesics"
        : "none"

/**
 * Classifies one drug given by name (doses and word order ignored) or by ATC code. A name not in
 * `table` fails with `UnclassifiedAnalgesic` rather than being dropped: Table 5 would undercount it.
 *
 * @example
 * Effect.runSync(Analgesics.classify("Tramadol + paracetamol 37.5/325 mg")).category // "opioidContaining"
 */
export const classify = (written: string): Effect.Effect<Drug, UnclassifiedAnalgesic> => {
  const drug = drugOf(written)
  return drug ? Effect.succeed(drug) : Effect.fail(UnclassifiedAnalgesic.of([written]))
}

// The same few names are written at visit after visit (an import reads them by the hundred thousand): each
// written form's drug is kept once found, in a bounded map.
const known = new Map<string, Drug | undefined>()
const drugOf = (written: string): Drug | undefined => {
  if (known.has(written)) return known.get(written)
  const code = written.trim().toUpperCase()
  const drug = atcPattern.test(code)
    ? (byAtc.get(code) ?? { name: code, atc: code, category: categoryOfAtc(code) })
    : byName.get(normalize(written))
  if (known.size >= 10_000) known.clear()
  known.set(written, drug)
  return drug
}

/** Whether a patient used each of the three categories at a visit; a patient counts once per category. */
export interface CategoryFlags {
  readonly nsaids: boolean
  readonly combinationAnalgesics: boolean
  readonly opioidContaining: boolean
}

/**
 * The categories of a list of drugs taken at one visit; fails naming every drug it cannot classify.
 *
 * @example
 * Effect.runSync(Analgesics.classifyUse(["ibuprofen", "N02AJ13"])) // { nsaids: true, combinationAnalgesics: false, opioidContaining: true }
 */
export const classifyUse = (
  written: ReadonlyArray<string>
): Effect.Effect<CategoryFlags, UnclassifiedAnalgesic> => {
  // decided at once (a success is an Exit): a caller runs it without a fiber
  const flags = flagsOf(written)
  return Array.isArray(flags) ? Effect.fail(UnclassifiedAnalgesic.of(flags)) : Effect.succeed(flags)
}

// The categories of the drugs written, or the names the table does not know.
const flagsOf = (written: ReadonlyArray<string>): CategoryFlags | Array<string> => {
  const found = written.map(drugOf)
  const unknown = written.filter((_, i) => found[i] === undefined)
  if (unknown.length > 0) return unknown
  const has = (category: Category) => found.some((drug) => drug?.category === category)
  return {
    nsaids: has("nsaids"),
    combinationAnalgesics: has("combinationAnalgesics"),
    opioidContaining: has("opioidContaining")
  }
}

/** One of the study's three categories (a tick box of the visit form). */
export type StudyCategory = (typeof categories)[number]

/** The categories as the visit form labels their boxes. */
export const categoryLabels: Readonly<Record<StudyCategory, string>> = {
  nsaids: "NSAIDs",
  combinationAnalgesics: "Combination analgesics",
  opioidContaining: "Opioid-containing"
}

/** What a drug of each category is, in a sentence ("tramadol is opioid-containing"). */
export const categoryPhrases: Readonly<Record<StudyCategory, string>> = {
  nsaids: "an NSAID",
  combinationAnalgesics: "a combination analgesic",
  opioidContaining: "opioid-containing"
}

/**
 * A drug named at a visit whose category's box was left unticked: the form says "not taken" of a
 * category the drug itself belongs to (tramadol named, "opioid-containing" unticked).
 */
export class AnalgesicContradiction extends Data.TaggedError("AnalgesicContradiction")<{
  readonly drug: string
  readonly category: StudyCategory
  readonly message: string
}> {}

/**
 * The drug a name or ATC code stands for, or undefined when the table does not know it (for forms
 * that show the category as the user types).
 *
 * @example
 * Analgesics.lookup("Tramadol 50 mg")?.category // "opioidContaining"
 */
export const lookup = (written: string): Drug | undefined => drugOf(written)

/**
 * The contradictions between the drugs named and the boxes ticked: a named drug whose category's box
 * is unticked (false). A box ticked without a drug of its category is a drug of that category whose
 * name is unknown, and an absent box says nothing: neither contradicts. Unknown names are skipped.
 *
 * @example
 * Analgesics.contradictions({ drugs: ["tramadol"], nsaids: true, opioidContaining: false })[0]?.category // "opioidContaining"
 */
export const contradictions = (use: AnalgesicUse): Array<AnalgesicContradiction> => {
  if (use.nsaids !== false && use.combinationAnalgesics !== false && use.opioidContaining !== false) return []
  return use.drugs.flatMap((written) => {
    const drug = lookup(written)
    if (drug === undefined || drug.category === "none" || use[drug.category] !== false) return []
    return [
      new AnalgesicContradiction({
        drug: written,
        category: drug.category,
        message: `${written} is ${categoryPhrases[drug.category]} (ATC ${drug.atc}): tick "${categoryLabels[drug.category]}" or remove the drug`
      })
    ]
  })
}

/**
 * The categories of a visit's analgesic use: those of the drugs named, plus those ticked without a
 * drug of theirs. On a visit whose boxes contradict its drugs (stored before the rule was checked) the
 * drugs alone decide.
 */
export const categoriesOf = (use: AnalgesicUse): Effect.Effect<CategoryFlags, UnclassifiedAnalgesic> =>
  Effect.map(classifyUse(use.drugs), (flags) => withTicks(flags, use))

/**
 * `categoriesOf` as a plain value, null when a drug is not in the table: for the exports, which read
 * every visit and would otherwise run a fiber for each.
 */
export const categoriesOrNull = (use: AnalgesicUse): CategoryFlags | null => {
  const flags = flagsOf(use.drugs)
  return Array.isArray(flags) ? null : withTicks(flags, use)
}

const withTicks = (flags: CategoryFlags, use: AnalgesicUse): CategoryFlags => {
  const ticks = countedTicks(use)
  return {
    nsaids: flags.nsaids || ticks.nsaids,
    combinationAnalgesics: flags.combinationAnalgesics || ticks.combinationAnalgesics,
    opioidContaining: flags.opioidContaining || ticks.opioidContaining
  }
}

/** The ticked boxes the analysis counts: every ticked one, or none when a box contradicts a named drug. */
export const countedTicks = (use: AnalgesicUse): CategoryFlags => {
  const ok = contradictions(use).length === 0
  return {
    nsaids: ok && use.nsaids === true,
    combinationAnalgesics: ok && use.combinationAnalgesics === true,
    opioidContaining: ok && use.opioidContaining === true
  }
}

/**
 * What a visit's analgesics may be stored as: every drug classified and no box contradicting a drug
 * named; succeeds with the categories the analysis counts.
 *
 * @example
 * Effect.runSync(Effect.flip(Analgesics.check({ drugs: ["tramadol"], nsaids: true, opioidContaining: false })))._tag // "AnalgesicContradiction"
 */
export const check = (
  use: AnalgesicUse
): Effect.Effect<CategoryFlags, UnclassifiedAnalgesic | AnalgesicContradiction> => {
  // decided at once (an Exit) when every drug is classified: a caller runs it without a fiber
  const classified = classifyUse(use.drugs)
  return Exit.isExit(classified) && Exit.isSuccess(classified)
    ? checked(use, classified.value as CategoryFlags)
    : Effect.flatMap(classified, (flags) => checked(use, flags))
}

const checked = (use: AnalgesicUse, flags: CategoryFlags) => {
  const [first] = contradictions(use)
  if (first !== undefined) return Effect.fail(first)
  return Effect.succeed({
    nsaids: flags.nsaids || use.nsaids === true,
    combinationAnalgesics: flags.combinationAnalgesics || use.combinationAnalgesics === true,
    opioidContaining: flags.opioidContaining || use.opioidContaining === true
  })
}

/** Table 5's cells for one time point: patients using each category, n (%) of the patients given. */
export interface Usage {
  readonly patients: number
  readonly nsaids: Share
  readonly combinationAnalgesics: Share
  readonly opioidContaining: Share
}

/**
 * Counts the patients using each category, one entry per patient, at one time point.
 *
 * @example
 * Effect.runSync(Analgesics.usage(flagsAtBaseline)).nsaids // { n: 94, percent: 87.85… } in the study
 */
export const usage = (perPatient: ReadonlyArray<CategoryFlags>): Effect.Effect<Usage, EmptyCohort> => {
  const total = perPatient.length
  if (total === 0)
    return Effect.fail(new EmptyCohort({ message: "analgesic usage of 0 patients has no percentage" }))
  const count = (c: (typeof categories)[number]) => share(perPatient.filter((p) => p[c]).length, total)
  return Effect.succeed({
    patients: total,
    nsaids: count("nsaids"),
    combinationAnalgesics: count("combinationAnalgesics"),
    opioidContaining: count("opioidContaining")
  })
}
