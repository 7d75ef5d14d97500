import { PatientQuery, type PatientStatus } from "@cryoreg/contract"
import { A, createAsync, revalidate, useNavigate, useSearchParams } from "@solidjs/router"
import { Option, Schema } from "effect"
import { createSignal, For, type JSX, Show } from "solid-js"
import { client } from "../api/client"
import { getCenters, getPatients } from "../api/queries"
import { ScrollBox } from "../components/scroll-box"
import { NewPatientForm } from "../patient/new-patient-form"
import { canWrite } from "../session/roles"
import { useSession } from "../session/session"

const statuses: ReadonlyArray<{ value: PatientStatus; label: string }> = [
  { value: "screened", label: "Screened" },
  { value: "eligible", label: "Eligible" },
  { value: "treated", label: "Treated" },
  { value: "month3", label: "Followed up, 3 months" },
  { value: "month6", label: "Followed up, 6 months" }
]
const statusLabel = (s: PatientStatus) => statuses.find((x) => x.value === s)?.label ?? s
const pageSize = 25
const decodeQuery = Schema.decodeUnknownOption(PatientQuery)

/** The patients the user may see: searchable by id, filtered by status and center, a page at a time. */
export default function PatientsPage(): JSX.Element {
  const session = useSession()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams<{ q?: string; status?: string; center?: string }>()
  const [cursors, setCursors] = createSignal<ReadonlyArray<string>>([])
  const centers = createAsync(() => getCenters())
  // The address bar's filters are decoded with the API's own query schema; bad ones are dropped.
  const query = (): PatientQuery =>
    Option.getOrElse(
      decodeQuery({
        limit: String(pageSize),
        ...(search.q ? { q: search.q } : {}),
        ...(search.status ? { status: search.status } : {}),
        ...(search.center ? { center: search.center } : {}),
        ...(cursors().length > 0 ? { cursor: cursors()[cursors().length - 1] } : {})
      }),
      () => ({ limit: pageSize })
    )
  const page = createAsync(() => getPatients(query()))
  const filter = (changes: Record<string, string | undefined>) => {
    setCursors([])
    setSearch(changes)
  }
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
            onChange={(e) => filter({ q: e.currentTarget.value || undefined })}
          />
        </div>
        <div class="field">
          <label for="patient-status">Status</label>
          <select
            id="patient-status"
            value={search.status ?? ""}
            onChange={(e) => filter({ status: e.currentTarget.value || undefined })}
          >
            <option value="">All</option>
            <For each={statuses}>{(s) => <option value={s.value}>{s.label}</option>}</For>
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
            submit={async (patient) => {
              const created = await client.createPatient({ body: patient })
              await revalidate(getPatients.key)
              navigate(`/patients/${encodeURIComponent(created.patient.id)}`)
            }}
          />
        </div>
      </Show>
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
              <th scope="col">Eligibility</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={page()?.items}
              fallback={
                <tr>
                  <td colSpan={7}>No patient matches.</td>
                </tr>
              }
            >
              {(p) => (
                <tr>
                  <td>
                    <A href={`/patients/${encodeURIComponent(p.id)}`}>{p.id}</A>
                    <Show when={p.withdrawn}>
                      {" "}
                      <span class="badge bad">withdrawn</span>
                    </Show>
                  </td>
                  <td>{p.centerId}</td>
                  <td>{p.sex}</td>
                  <td class="num">{p.birthYear}</td>
                  <td>{p.treatedSide}</td>
                  <td>{statusLabel(p.status)}</td>
                  <td>{p.verdict ?? "—"}</td>
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
        <span>Page {cursors().length + 1}</span>
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
