import type { AuditRecord } from "@cryoreg/contract"
import { spreadsheetCsv } from "../components/spreadsheet"
import { dateTimeCell, t } from "../i18n"
import { wordAuditOutcome } from "./audit-outcome-words"
import { auditRecordName } from "./audit-record-words"

/**
 * The audit trail as the page shows it, as CSV rows: its columns and words in the user's language (the
 * action, the record named without ids, the outcome), the time in the registry's time zone as the
 * language's spreadsheet reads a date and time. The API's own CSV stays the machine-readable one (codes, UTC).
 */
export const auditCsvRows = (
  records: ReadonlyArray<AuditRecord>,
  usernameOf: (id: string) => string = (id) => id
): ReadonlyArray<ReadonlyArray<string>> => [
  [
    t("admin.audit.when"),
    t("admin.audit.who"),
    t("admin.audit.what"),
    t("admin.audit.record"),
    t("admin.audit.patient"),
    t("admin.audit.outcome")
  ],
  ...records.map((r) => [
    dateTimeCell(r.at),
    r.username,
    t(`admin.audit.actions.${r.action}`),
    auditRecordName(r, usernameOf),
    r.patientId ?? "",
    wordAuditOutcome(r)
  ])
]

/** The file's text, as a spreadsheet in the user's language opens it. */
export const auditCsv = (records: ReadonlyArray<AuditRecord>, usernameOf?: (id: string) => string): string =>
  spreadsheetCsv(auditCsvRows(records, usernameOf))
