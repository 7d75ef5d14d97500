import { ApiError, type CallOptions } from "@cryoreg/contract"
import { t } from "../i18n"

/**
 * Sends the corrections of one record against the version its form was opened with (`If-Match`). When a
 * colleague changed the record since, the API refuses it (412) with the record as it now stands: the form is
 * refreshed with it (`refresh`), the refusal says what the colleague changed (`changes`, in the form's
 * words), and the next save names the current version.
 */
export const versioned = <R extends object>(
  opened: string | undefined,
  record: R,
  changes: (before: R, after: R) => string,
  refresh: (current: R) => void
) => {
  let version = opened
  let seen = record
  return async <A>(send: (options: CallOptions) => Promise<A>): Promise<A> => {
    try {
      return await send(version === undefined ? {} : { headers: { "if-match": `"${version}"` } })
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 412 || error.current === null) throw error
      // the record as the API answers it, in the shape of the one the form was opened with
      const current = error.current.record as unknown as R
      const changed = changes(seen, current)
      version = error.current.version
      seen = current
      refresh(current)
      throw new Error(t("patients.form.colleague", { changes: changed }))
    }
  }
}
