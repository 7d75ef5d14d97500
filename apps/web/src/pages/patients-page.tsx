import type { PatientQuery } from "@cryoreg/contract"
import { A, createAsync, useAction, useSearchParams } from "@solidjs/router"
import { createSignal, For, type JSX, onCleanup, Show } from "solid-js"
import { registerPatient } from "../api/actions"
import { useCenters } from "../api/centers"
import { client } from "../api/client"
import { getCenters, getPatients } from "../api/queries"
import { ScrollBox } from "../components/scroll-box"
import { t } from "../i18n"
import { sideWord } from "../i18n/study-words"
import { NewPatientForm } from "../patient/new-patient-form"
import {
  patientListQuery,
  patientsPerPage,
  statusFilterLabel,
  statusFilterOf,
  statusFilters,
  statusText
} from "../patient/status"
import { canWrite } from "../session/roles"
import { useSession } from "../session/session"

/** How long typing pauses before the list follows the search. */
export const searchDelayMs = 250

/**
 * The patients the user may see: searched by id as the user types, filtered by status (not eligible included)
 * and center, with the total of the filter, a page at a time. The address bar keeps the filters, so Back
 * returns to the same list.
 */
export default function PatientsPage(): JSX.Element {
  const session = useSession()
  const register = useAction(registerPatient)
  const [search, setSearch] = useSearchParams<{ q?: string; status?: string; center?: string }>()
  const [cursors, setCursors] = createSignal<ReadonlyArray<string>>([])
  const centers = createAsync(() => getCenters())
  const { centerName } = useCenters()
  // The address bar's filters, decoded as the route's preload decodes them.
  const query = (): PatientQuery => patientListQuery(search, patientsPerPage, cursors().at(-1))
  const page = createAsync(() => getPatients(query()))
  const filter = (changes: Record<string, string | undefined>, replace = false) => {
    setCursors([])
    setSearch(changes, { replace })
  }
  // Search as the user types: the list follows once typing pauses, replacing the address (one Back leaves it).
  let typing: ReturnType<typeof setTimeout> | undefined
  const typed = (q: string) => {
    clearTimeout(typing)
    typing = setTimeout(() => filter({ q: q.trim() === "" ? undefined : q.trim() }, true), searchDelayMs)
  }
  onCleanup(() => clearTimeout(typing))
  const [showForm, setShowForm] = createSignal(false)
  return (
    <section data-page="patients">
      <h1>{t("patients.list.title")}</h1>
      <search class="toolbar">
        <div class="field">
          <label for="patient-search">{t("patients.list.search")}</label>
          <input
            id="patient-search"
            type="search"
            value={search.q ?? ""}
            onInput={(e) => typed(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="patient-status">{t("patients.list.status")}</label>
          <select
            id="patient-status"
            value={statusFilterOf(search.status)?.key ?? ""}
            onChange={(e) => filter({ status: e.currentTarget.value || undefined })}
          >
            <option value="">{t("patients.list.all")}</option>
            <For each={statusFilters}>{(s) => <option value={s.key}>{statusFilterLabel(s)}</option>}</For>
          </select>
        </div>
        <Show when={(centers()?.items.length ?? 0) > 1}>
          <div class="field">
            <label for="patient-center">{t("patients.list.center")}</label>
            <select
              id="patient-center"
              value={search.center ?? ""}
              onChange={(e) => filter({ center: e.currentTarget.value || undefined })}
            >
              <option value="">{t("patients.list.allCenters")}</option>
              <For each={centers()?.items}>{(c) => <option value={c.id}>{c.name}</option>}</For>
            </select>
          </div>
        </Show>
        <Show when={canWrite(session.user())}>
          <button
            type="button"
            class="secondary"
            aria-expanded={showForm()}
            onClick={() => setShowForm(!showForm())}
          >
            {showForm() ? t("patients.list.closeForm") : t("patients.list.register")}
          </button>
        </Show>
      </search>
      <Show when={showForm() && canWrite(session.user())}>
        <div class="card">
          <NewPatientForm
            centers={centers()?.items ?? []}
            fixedCenter={session.user()?.centerId ?? null}
            nextId={async (center) => (await client.nextPatientId({ query: { center } })).id}
            submit={register}
          />
        </div>
      </Show>
      <p class="count" role="status" data-testid="patients-total">
        {page() === undefined ? "" : t("patients.list.count", { n: page()!.total })}
      </p>
      <ScrollBox label={t("patients.list.caption")} class="card">
        <table>
          <caption>
            {search.q ? t("patients.list.captionMatching", { q: search.q }) : t("patients.list.caption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("patients.list.patient")}</th>
              <th scope="col">{t("patients.list.center")}</th>
              <th scope="col">{t("patients.list.sex")}</th>
              <th scope="col" class="num">
                {t("patients.list.born")}
              </th>
              <th scope="col">{t("patients.list.side")}</th>
              <th scope="col">{t("patients.list.status")}</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={page()?.items}
              fallback={
                <tr>
                  <td colSpan={6}>{t("patients.list.none")}</td>
                </tr>
              }
            >
              {(p) => (
                <tr>
                  <td class="nowrap">
                    <A href={`/patients/${encodeURIComponent(p.id)}`}>{p.id}</A>
                    <Show when={p.withdrawn}>
                      {" "}
                      <span class="badge bad">{t("patients.list.withdrawn")}</span>
                    </Show>
                  </td>
                  <td>{centerName(p.centerId)}</td>
                  <td>{t(`study.sex.${p.sex}`)}</td>
                  <td class="num">{p.birthYear}</td>
                  <td>{sideWord(p.treatedSide)}</td>
                  <td class="nowrap">{statusText(p.status, p.verdict)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </ScrollBox>
      <nav class="toolbar" aria-label={t("patients.list.pages")}>
        <button
          type="button"
          class="secondary"
          disabled={cursors().length === 0}
          onClick={() => setCursors(cursors().slice(0, -1))}
        >
          {t("patients.list.previous")}
        </button>
        <span>
          {page() === undefined
            ? t("patients.list.page", { page: String(cursors().length + 1) })
            : t("patients.list.pageOf", {
                page: String(cursors().length + 1),
                pages: String(Math.max(1, Math.ceil(page()!.total / patientsPerPage)))
              })}
        </span>
        <button
          type="button"
          class="secondary"
          disabled={!page()?.nextCursor}
          onClick={() => {
            const next = page()?.nextCursor
            if (next) setCursors([...cursors(), next])
          }}
        >
          {t("patients.list.next")}
        </button>
      </nav>
    </section>
  )
}
