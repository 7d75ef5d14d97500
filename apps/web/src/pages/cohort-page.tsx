import { A, createAsync } from "@solidjs/router"
import type { JSX } from "solid-js"
import { Show } from "solid-js"
import { getCohort } from "../api/queries"
import { EnrollmentChart } from "../charts/enrollment-chart"
import { FunnelChart } from "../charts/funnel-chart"
import { funnelStages } from "../cohort/funnel"
import { ChartNumbers, fixed, NumbersTable } from "../components/numbers"
import { ScrollBox } from "../components/scroll-box"
import { timepointLabel } from "../outcomes/summary"
import { canReadPatients } from "../session/roles"
import { useSession } from "../session/session"
import { fromSet, useAnalysisSet } from "../sets/analysis-set"
import { SetSelector } from "../sets/set-selector"

// The statistician reads pseudonyms (`P-…`, as in the exports): plain text, no link to a record they may not open.
function PatientCell(props: { readonly id: string; readonly linked: boolean }): JSX.Element {
  return (
    <Show when={props.linked} fallback={props.id}>
      <A href={`/patients/${encodeURIComponent(props.id)}`}>{props.id}</A>
    </Show>
  )
}

/** Enrollment by center and month, the eligibility funnel, follow-up completeness, overdue visits and visits out of window. */
export default function CohortPage(): JSX.Element {
  const chosen = useAnalysisSet()
  const cohort = createAsync(() => fromSet(chosen, getCohort))
  const session = useSession()
  const linked = () => canReadPatients(session.user())
  return (
    <section data-page="cohort">
      <h1>Cohort</h1>
      <SetSelector chosen={chosen} />
      <Show when={cohort()}>
        {(c) => (
          <>
            <div class="stat-row">
              <div class="stat">
                <div class="value">{c().funnel.screened}</div>screened
              </div>
              <div class="stat">
                <div class="value">{c().funnel.ineligible}</div>not eligible
              </div>
              <div class="stat">
                <div class="value">{c().funnel.treated}</div>treated
              </div>
              <div class="stat">
                <div class="value">{c().funnel.withdrawn}</div>withdrawn
              </div>
            </div>
            <div class="grid">
              <section class="card" aria-labelledby="funnel-title">
                <h2 id="funnel-title">Eligibility funnel</h2>
                <FunnelChart stages={funnelStages(c().funnel)} />
                <ChartNumbers>
                  <NumbersTable
                    caption="Patients at each stage"
                    rows={funnelStages(c().funnel)}
                    columns={[
                      { label: "Stage", value: (s) => s.stage },
                      { label: "Patients", value: (s) => s.patients, numeric: true }
                    ]}
                  />
                </ChartNumbers>
              </section>
              <section class="card" aria-labelledby="completeness-title">
                <h2 id="completeness-title">Follow-up completeness</h2>
                <NumbersTable
                  caption="Visits due, done and overdue against the protocol's windows"
                  rows={c().completeness}
                  columns={[
                    { label: "Time point", value: (r) => timepointLabel(r.timepoint) },
                    { label: "Due", value: (r) => r.due, numeric: true },
                    { label: "Done", value: (r) => r.done, numeric: true },
                    {
                      label: "Complete, %",
                      value: (r) => fixed(r.due === 0 ? null : (100 * r.done) / r.due),
                      numeric: true
                    },
                    { label: "Overdue", value: (r) => r.overdue, numeric: true }
                  ]}
                />
              </section>
            </div>
            <section class="card" aria-labelledby="enrollment-title">
              <h2 id="enrollment-title">Enrollment by center and month</h2>
              <EnrollmentChart enrollment={c().enrollment} />
              <ChartNumbers>
                <NumbersTable
                  caption="Patients screened and treated per center and month"
                  rows={c().enrollment}
                  columns={[
                    { label: "Month", value: (r) => r.month },
                    { label: "Center", value: (r) => r.centerId },
                    { label: "Screened", value: (r) => r.screened, numeric: true },
                    { label: "Treated", value: (r) => r.treated, numeric: true }
                  ]}
                />
              </ChartNumbers>
            </section>
            <section class="card" aria-labelledby="overdue-title">
              <h2 id="overdue-title">Overdue visits ({c().overdue.length})</h2>
              <Show when={c().overdue.length > 0} fallback={<p>No visit is overdue.</p>}>
                <ScrollBox label={"Overdue visits"}>
                  <table>
                    <caption>Visits past the protocol's window, most overdue first</caption>
                    <thead>
                      <tr>
                        <th scope="col">Patient</th>
                        <th scope="col">Center</th>
                        <th scope="col">Visit</th>
                        <th scope="col">Due by</th>
                        <th scope="col" class="num">
                          Days overdue
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {[...c().overdue]
                        .sort((a, b) => b.daysOverdue - a.daysOverdue)
                        .map((o) => (
                          <tr>
                            <td>
                              <PatientCell id={o.patientId} linked={linked()} />
                            </td>
                            <td>{o.centerId}</td>
                            <td>{timepointLabel(o.timepoint)}</td>
                            <td>{o.dueBy}</td>
                            <td class="num">{o.daysOverdue}</td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </ScrollBox>
              </Show>
            </section>
            <section class="card" aria-labelledby="out-of-window-title">
              <h2 id="out-of-window-title">Visits out of window ({c().outOfWindow.length})</h2>
              <Show
                when={c().outOfWindow.length > 0}
                fallback={<p>Every visit was done within its protocol window.</p>}
              >
                <ScrollBox label={"Visits out of window"}>
                  <table>
                    <caption>Visits kept in the registry but done outside their protocol window</caption>
                    <thead>
                      <tr>
                        <th scope="col">Patient</th>
                        <th scope="col">Center</th>
                        <th scope="col">Visit</th>
                        <th scope="col">Date</th>
                        <th scope="col" class="num">
                          Days after the procedure
                        </th>
                        <th scope="col">Window, days</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c().outOfWindow.map((o) => (
                        <tr>
                          <td>
                            <PatientCell id={o.patientId} linked={linked()} />
                          </td>
                          <td>{o.centerId}</td>
                          <td>
                            {timepointLabel(o.timepoint)} <span class="badge warn">out of window</span>
                          </td>
                          <td>{o.date ?? "—"}</td>
                          <td class="num">{o.daysAfterProcedure}</td>
                          <td>
                            {o.windowStart} to {o.windowEnd}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollBox>
              </Show>
            </section>
          </>
        )}
      </Show>
    </section>
  )
}
