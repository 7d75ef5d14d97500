import type { AnalysisSet, AnalysisSetId } from "@cryoreg/contract"
import { createAsync, useSearchParams } from "@solidjs/router"
import { type Accessor, createMemo } from "solid-js"
import { getAnalysisSets } from "../api/queries"
import { t } from "../i18n"
import { en } from "../i18n/en"

/** The value of `?set=` that asks for the live registry where a page would default to a set. */
export const liveRegistry = "live"

/** The analysis set a page reads, from `?set=`, and the sets the caller may choose from. */
export interface ChosenSet {
  /** The set's id; undefined for the live registry; null while the default is not known yet. */
  readonly id: Accessor<AnalysisSetId | undefined | null>
  readonly sets: Accessor<ReadonlyArray<AnalysisSet> | undefined>
  /** The chosen set, when it is one the caller sees. */
  readonly set: Accessor<AnalysisSet | undefined>
  readonly choose: (id: AnalysisSetId | typeof liveRegistry) => void
}

/**
 * The analysis set of the page's `?set=`. Without one the page reads the live registry, except where
 * `defaultToDemo` (the study tables, the paper comparison): there the demo cohort's set, when the caller sees it.
 */
export const useAnalysisSet = (options: { readonly defaultToDemo?: boolean } = {}): ChosenSet => {
  const [params, setParams] = useSearchParams<{ set?: string }>()
  const list = createAsync(() => getAnalysisSets().catch(() => ({ items: [] })))
  const id = createMemo((): AnalysisSetId | undefined | null => {
    const asked = params.set
    if (asked === liveRegistry) return undefined
    if (typeof asked === "string" && asked !== "") return asked as AnalysisSetId
    if (options.defaultToDemo !== true) return undefined
    const sets = list()
    return sets === undefined ? null : sets.items.find((s) => s.demo)?.id
  })
  return {
    id,
    sets: () => list()?.items,
    set: () => list()?.items.find((s) => s.id === id()),
    choose: (value) => setParams({ set: value })
  }
}

/** Reads `read` of the chosen set (undefined for the live registry); nothing while the default is not known. */
export const fromSet = <A>(
  chosen: ChosenSet,
  read: (id: AnalysisSetId | undefined) => Promise<A>
): Promise<A | undefined> => {
  const id = chosen.id()
  return id === null ? Promise.resolve(undefined) : read(id)
}

/**
 * A set's name as the user reads it: the registry's own demo set (flagged `demo`, still under the name the
 * API gave it, which is the English dictionary's) through the dictionary, in the user's language; a name a
 * user chose (or a renamed demo set) as it was written.
 */
export const setName = (s: Pick<AnalysisSet, "name" | "demo">): string =>
  s.demo && s.name === en.analysis.sets.demoName ? t("analysis.sets.demoName") : s.name
