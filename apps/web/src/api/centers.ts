import type { Model } from "@cryoreg/domain"
import { createAsync } from "@solidjs/router"
import { getCenters } from "./queries"

/**
 * The centers' names, read once and shared (the cached `getCenters` query, revalidated when a center is
 * added or renamed): `centerName(id)` is the center's name, or its code until the names have arrived or
 * when the caller may not see that center.
 */
export const useCenters = (): {
  readonly centers: () => ReadonlyArray<Model.Center>
  readonly centerName: (id: string | null | undefined) => string
} => {
  const centers = createAsync(() => getCenters().catch(() => ({ items: [] })))
  const centerName = (id: string | null | undefined): string =>
    id === null || id === undefined ? "" : (centers()?.items.find((c) => c.id === id)?.name ?? id)
  return { centers: () => centers()?.items ?? [], centerName }
}
