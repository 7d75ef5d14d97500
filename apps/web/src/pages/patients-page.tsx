import { PatientQuery } from "@cryoreg/contract"
import { A, createAsync, revalidate, useNavigate, useSearchParams } from "@solidjs/router"
import { Option, Schema } from "effect"
import { createSignal, For, type JSX, onCleanup, Show } from "solid-js"
import { useCenters } from "../api/centers"
import { client } from "../api/client"
import { getCenters, getPatients } from "../api/queries"
import { ScrollBox } from "../components/scroll-box"
import { NewPatientForm } from "../patient/new-patient-form"
import { statusFilterLabel, statusFilterOf, statusFilters, statusText } from "../patient/status"
import { canWrite } from "../session/roles"
import { useSession } from "../session/session"

const pageSize = 25
/** How long typing pauses before the list follows the search. */
export const searchDelayMs = 250
const decodeQuery = Schema.decodeUnknownOption(PatientQuery)
const patientsCount = (n: number) => (n === 1 ? "1 patient" : `${n} patients`)

/**
 * The patients the user may see: searched by id as the user types, filtered by status (not eligible included)
 * and center, with the total of the filter, a page at a time. The address bar keeps the filters, so Back
 * returns to the same list.
 */
export default function PatientsPage(): JSX.Element {
  const session = useSession()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams<{ q?: string; status?: string; center?: string }>()
  const [cursors, setCursors] = createSignal<ReadonlyArray<string>>([])
  const centers = createAsync(() => getCenters())
  const { centerName } = useCenters()
  // The address bar's filters are decoded with the API's own query schema; bad ones are dropped.
  const query = (): PatientQuery =>
    Option.getOrElse(
      decodeQuery({
        limit: String(pageSize),
        ...(search.q ? { q: search.q } : {}),
        ...statusFilterOf(search.status)?.query,
        ...(search.center ? { center: search.center } : {}),
        ...(cursors().length > 0 ? { cursor: cursors()[cursors().length - 1] } : {})
      }),
      () => ({ limit: pageSize })
    )
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
      <h1>Patients</h1>
      <search class="toolbar">
        <div class="field">
          <label for="patient-search">Search by patient id</label>
          <input
            id="patient-search"
            type="search"
            value={search.q ?? ""}
            onInput={(e) => typed(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="patient-status">Status</label>
          <select
            id="patient-status"
            value={statusFilterOf(search.status)?.key ?? ""}
            onChange={(e) => filter({ status: e.currentTarget.value || undefined })}
          >
            <option value="">All</option>
            <For each={statusFilters}>{(s) => <option value={s.key}>{statusFilterLabel(s)}</option>}</For>
          </select>
        </div>
        <Show when={(centers()?.items.length ?? 0) > 1}>
          <div class="field">
            <label for="patient-center">Center</label>
            <select
              id="patient-center"
              value={search.center ?? ""}
              onChange={(e) => filter({ center: e.currentTarget.value || undefined })}
            >
              <option value="">All centers</option>
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
            {showForm() ? "Close the form" : "Register a patient"}
          </button>
        </Show>
      </search>
      <Show when={showForm() && canWrite(session.user())}>
        <div class="card">
          <NewPatientForm
            centers={centers()?.items ?? []}
            fixedCenter={session.user()?.centerId ?? null}
            nextId={async (center) => (await client.nextPatientId({ query: { center } })).id}
            submit={async (patient) => {
              const created = await client.createPatient({ body: patient })
              await revalidate(getPatients.key)
              navigate(`/patients/${encodeURIComponent(created.patient.id)}`)
            }}
          />
        </div>
      </Show>
      <p class="count" role="status" data-testid="patients-total">
        {page() === undefined ? "" : patientsCount(page()!.total)}
      </p>
      <ScrollBox label="Patients" class="card">
        <table>
          <caption>Patients{search.q ? ` matching “${search.q}”` : ""}</caption>
          <thead>
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Center</th>
              <th scope="col">Sex</th>
              <th scope="col" class="num">
                Born
              </th>
              <th scope="col">Side</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={page()?.items}
              fallback={
                <tr>
                  <td colSpan={6}>No patient matches.</td>
                </tr>
              }
            >
              {(p) => (
                <tr>
                  <td class="nowrap">
                    <A href={`/patients/${encodeURIComponent(p.id)}`}>{p.id}</A>
                    <Show when={p.withdrawn}>
                      {" "}
                      <span class="badge bad">withdrawn</span>
                    </Show>
                  </td>
                  <td>{centerName(p.centerId)}</td>
                  <td>{p.sex}</td>
                  <td class="num">{p.birthYear}</td>
                  <td>{p.treatedSide}</td>
                  <td class="nowrap">{statusText(p.status, p.verdict)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </ScrollBox>
      <nav class="toolbar" aria-label="Pages of patients">
        <button
          type="button"
          class="secondary"
          disabled={cursors().length === 0}
          onClick={() => setCursors(cursors().slice(0, -1))}
        >
          Previous page
        </button>
        <span>
          Page {cursors().length + 1}
          {page() === undefined ? "" : ` of ${Math.max(1, Math.ceil(page()!.total / pageSize))}`}
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
          Next page
        </button>
      </nav>
    </section>
  )
}
