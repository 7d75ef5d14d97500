import { t } from "../i18n"
import { changes, type RecordKind } from "./history-words"

/** What changed between two versions of a record, in the forms' words, e.g. "NRS: 5 → 4; ODI answers, section 2: 2 → 3". */
export const changesText = (before: object, after: object, kind: RecordKind): string => {
  const changed = changes(kind, before, after)
  return changed.length === 0 ? t("patients.form.savedAgain") : changed.join("; ")
}

/** `changesText` of one kind of record, as a record form's `changes`. */
export const wordedChanges =
  (kind: RecordKind) =>
  (before: object, after: object): string =>
    changesText(before, after, kind)
