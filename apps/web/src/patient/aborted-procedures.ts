import type { AuditRecord } from "@cryoreg/contract"
import { dateTime, t } from "../i18n"

/** A live procedure aborted on this patient: when, and the reason kept in the history. */
export interface AbortedProcedure {
  readonly at: string
  readonly reason: string
}

/** The patient's aborted live procedures, oldest first, read from the patient's history. */
export const abortedProcedures = (history: ReadonlyArray<AuditRecord>): Array<AbortedProcedure> =>
  history
    .filter((r) => r.entity === "liveProcedure" && r.action === "abort")
    .map((r) => ({ at: r.at, reason: r.reason ?? "—" }))

/** "Zabieg na żywo przerwany 07.12.2026 14:03 — powód: …" */
export const abortedText = (a: AbortedProcedure): string =>
  t("procedure.live.aborted", { at: dateTime(a.at), reason: a.reason })
