import { AuditAction, type AuditRecord } from "@cryoreg/contract"
import { A, createAsync, useSearchParams } from "@solidjs/router"
import { createEffect, createSignal, For, type JSX, on, Show } from "solid-js"
import { auditCsv } from "../admin/audit-csv"
import { type AuditFilter, auditPerPage, auditQuery, rangeReversed } from "../admin/audit-filter"
import { wordAuditOutcome } from "../admin/audit-outcome-words"
import { auditRecordName } from "../admin/audit-record-words"
import { getAudit, getUsers, readWholeAudit } from "../api/admin"
import { ScrollBox } from "../components/scroll-box"
import { downloadCsv } from "../components/spreadsheet"
import { DateField } from "../forms/date-input"
import { FormError } from "../forms/field"
import { wordProblem } from "../forms/words"
import { date, dateTime, t, timeZone } from "../i18n"

const actions = AuditAction.literals

/** The address bar's search: the filters, and `after`, the cursors of the pages before this one, comma-separated. */
type AuditSearch = Record<keyof AuditFilter | "after", string>

/**
 * The audit trail for the administrator, newest first: filtered by user, patient, action and dates, a page at
 * a time (the filters and the page kept in the address bar: a reload or Back keeps them), and downloaded as
 * CSV with the same filters, in the page's words.
 */
export default function AdminAuditPage(): JSX.Element {
  const [search, setSearch] = useSearchParams<AuditSearch>()
  // the page is one more than the cursors of the pages before it
  const cursors = (): ReadonlyArray<string> => (search.after ?? "").split(",").filter((c) => c !== "")
  const setCursors = (c: ReadonlyArray<string>) =>
    setSearch({ after: c.length > 0 ? c.join(",") : undefined })
  const filter = (): AuditFilter => ({
    user: search.user,
    patient: search.patient,
    action: search.action,
    from: search.from,
    to: search.to
  })
  const query = () =>
    auditQuery(filter(), timeZone(), {
      limit: auditPerPage,
      ...(cursors().length > 0 ? { cursor: cursors()[cursors().length - 1]! } : {})
    })
  const page = createAsync(() => getAudit(query()))
  // An account is named by its user name, not its id.
  const users = createAsync(() => getUsers().catch(() => ({ items: [] })))
  const usernameOf = (id: string) => users()?.items.find((u) => u.id === id)?.username ?? id
  // the file: every record the filters match, worded as the page words them
  const [downloading, setDownloading] = createSignal(false)
  const [failed, setFailed] = createSignal<string>()
  const download = async () => {
    setDownloading(true)
    setFailed(undefined)
    try {
      const { limit: _l, cursor: _c, ...filters } = auditQuery(filter(), timeZone())
      downloadCsv(auditCsv(await readWholeAudit(filters), usernameOf), t("admin.audit.csvName"))
    } catch (error) {
      setFailed(wordProblem(error))
    } finally {
      setDownloading(false)
    }
  }
  // the days typed, kept as ISO dates until the filter is applied; Back or a link sets them again
  const [from, setFrom] = createSignal(search.from ?? "")
  const [to, setTo] = createSignal(search.to ?? "")
  createEffect(
    on(
      () => [search.from, search.to] as const,
      ([first, last]) => {
        setFrom(first ?? "")
        setTo(last ?? "")
      },
      { defer: true }
    )
  )
  // a "from" day after the "to" day is refused in words naming both fields, and the filter stays as it was;
  // the refusal is judged again on the days as they are typed now, so it goes once either day is put right
  const [refused, setRefused] = createSignal(false)
  const reversed = () => {
    if (!refused() && !rangeReversed(search)) return undefined
    const typed = { from: from(), to: to() }
    return rangeReversed(typed) ? typed : undefined
  }
  const rangeError = () => {
    const r = reversed()
    if (r === undefined) return undefined
    const labels = { fromLabel: t("admin.audit.from"), toLabel: t("admin.audit.to") }
    return t("admin.audit.reversed", { ...labels, from: date(r.from), to: date(r.to) })
  }
  // a day of the range: its field is named like the filter it sets
  const day = (
    name: "from" | "to",
    value: () => string,
    set: (v: string) => void,
    error = () => undefined as string | undefined
  ) => (
    <DateField
      id={`audit-${name}`}
      name={name}
      label={t(`admin.audit.${name}`)}
      value={value()}
      onChange={set}
      error={error()}
    />
  )
  let form!: HTMLFormElement
  const apply = (event: SubmitEvent) => {
    event.preventDefault()
    const data = new FormData(form)
    const value = (k: string) => {
      const v = String(data.get(k) ?? "").trim()
      return v === "" ? undefined : v
    }
    const range = { from: value("from"), to: value("to") }
    if (rangeReversed(range)) return setRefused(true)
    setRefused(false)
    setSearch({
      user: value("user"),
      patient: value("patient"),
      action: value("action"),
      from: value("from"),
      to: value("to"),
      after: undefined
    })
  }
  const clear = () => {
    form.reset()
    setFrom("")
    setTo("")
    setRefused(false)
    setSearch({
      user: undefined,
      patient: undefined,
      action: undefined,
      from: undefined,
      to: undefined,
      after: undefined
    })
  }
  const record = (r: AuditRecord) => auditRecordName(r, usernameOf)
  const pages = () => Math.max(1, Math.ceil((page()?.total ?? 0) / auditPerPage))
  return (
    <section data-page="admin-audit">
      <h1>{t("admin.audit.title")}</h1>
      <p class="muted">{t("admin.audit.intro")}</p>
      <form ref={form} class="card" onSubmit={apply} aria-label={t("admin.audit.filters")}>
        <div class="fields">
          <div class="field">
            <label for="audit-user">{t("admin.audit.user")}</label>
            <input id="audit-user" name="user" value={search.user ?? ""} />
          </div>
          <div class="field">
            <label for="audit-patient">{t("admin.audit.patient")}</label>
            <input id="audit-patient" name="patient" value={search.patient ?? ""} />
          </div>
          <div class="field">
            <label for="audit-action">{t("admin.audit.action")}</label>
            <select id="audit-action" name="action" value={search.action ?? ""}>
              <option value="">{t("admin.audit.anyAction")}</option>
              <For each={actions}>{(a) => <option value={a}>{t(`admin.audit.actions.${a}`)}</option>}</For>
            </select>
          </div>
          {day("from", from, setFrom)}
          {day("to", to, setTo, rangeError)}
        </div>
        <div class="toolbar">
          <button type="submit">{t("admin.audit.apply")}</button>
          <button type="button" class="secondary" onClick={clear}>
            {t("admin.audit.clear")}
          </button>
          <button type="button" class="secondary" disabled={downloading()} onClick={() => void download()}>
            {t("admin.audit.download")}
          </button>
        </div>
        <FormError message={failed()} />
      </form>
      <ScrollBox label={t("admin.audit.caption")} class="card">
        <table>
          <caption>{t("admin.audit.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.audit.when")}</th>
              <th scope="col">{t("admin.audit.who")}</th>
              <th scope="col">{t("admin.audit.what")}</th>
              <th scope="col">{t("admin.audit.record")}</th>
              <th scope="col">{t("admin.audit.patient")}</th>
              <th scope="col">{t("admin.audit.outcome")}</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={page()?.items}
              fallback={
                <tr>
                  <td colSpan={6}>{t("admin.audit.empty")}</td>
                </tr>
              }
            >
              {(r) => (
                <tr data-audit={r.id}>
                  <td class="nowrap">{dateTime(r.at)}</td>
                  <td>{r.username}</td>
                  <td>{t(`admin.audit.actions.${r.action}`)}</td>
                  <td>{record(r)}</td>
                  <td>
                    <Show when={r.patientId} fallback={t("admin.common.none")}>
                      {(p) => <A href={`/patients/${encodeURIComponent(p())}`}>{p()}</A>}
                    </Show>
                  </td>
                  <td>{wordAuditOutcome(r)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </ScrollBox>
      <nav class="toolbar" aria-label={t("admin.audit.pages")}>
        <button
          type="button"
          class="secondary"
          disabled={cursors().length === 0}
          onClick={() => setCursors(cursors().slice(0, -1))}
        >
          {t("admin.audit.previous")}
        </button>
        <span>{t("admin.audit.page", { n: String(cursors().length + 1), pages: String(pages()) })}</span>
        <button
          type="button"
          class="secondary"
          disabled={!page()?.nextCursor}
          onClick={() => setCursors([...cursors(), page()!.nextCursor!])}
        >
          {t("admin.audit.next")}
        </button>
      </nav>
    </section>
  )
}
