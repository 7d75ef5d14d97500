import { ApiError, type CallOptions } from "@cryoreg/contract"
import { t } from "../i18n"
import { changes, type RecordKind } from "./history-words"

/** What changed between two versions of a record, in the forms' words, e.g. "NRS: 5 → 4; ODI answers, section 2: 2 → 3". */
export const changesText = (before: object, after: object, kind: RecordKind): string => {
  const changed = changes(kind, before, after)
  return changed.length === 0 ? t("patients.form.savedAgain") : changed.join("; ")
}

/**
 * Sends the corrections of one record against the version its form was opened with (`If-Match`). When a
 * colleague changed the record since, the API refuses it (412) with the record as it now stands: the form is
 * refreshed with it (`refresh`), the refusal says what the colleague changed, and the next save names the
 * current version.
 */
export const versioned = (
  opened: string | undefined,
  record: object,
  kind: RecordKind,
  refresh: (current: Record<string, unknown>) => void
) => {
  let version = opened
  let seen = record
  return async <A>(send: (options: CallOptions) => Promise<A>): Promise<A> => {
    try {
      return await send(version === undefined ? {} : { headers: { "if-match": `"${version}"` } })
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 412 || error.current === null) throw error
      const changed = changesText(seen, error.current.record, kind)
      version = error.current.version
      seen = error.current.record
      refresh(error.current.record)
      throw new Error(t("patients.form.colleague", { changes: changed }))
    }
  }
}
