import { A, createAsync } from "@solidjs/router"
import type { JSX } from "solid-js"
import { Show } from "solid-js"
import { useCenters } from "../api/centers"
import { getCohort } from "../api/queries"
import { EnrollmentChart } from "../charts/enrollment-chart"
import { FunnelChart } from "../charts/funnel-chart"
import { completenessCounts } from "../cohort/completeness"
import { funnelStages } from "../cohort/funnel"
import { ChartNumbers, fixed, NumbersTable } from "../components/numbers"
import { ScrollBox } from "../components/scroll-box"
import { date, month, t } from "../i18n"
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
  const { centerName } = useCenters()
  const chosen = useAnalysisSet()
  const cohort = createAsync(() => fromSet(chosen, getCohort))
  const session = useSession()
  const linked = () => canReadPatients(session.user())
  return (
    <section data-page="cohort">
      <h1>{t("analysis.cohort.title")}</h1>
      <SetSelector chosen={chosen} />
      <Show when={cohort()}>
        {(c) => (
          <>
            <div class="stat-row">
              <div class="stat">
                <div class="value">{c().funnel.screened}</div>
                {t("analysis.cohort.screened")}
              </div>
              <div class="stat">
                <div class="value">{c().funnel.ineligible}</div>
                {t("analysis.cohort.ineligible")}
              </div>
              <div class="stat">
                <div class="value">{c().funnel.treated}</div>
                {t("analysis.cohort.treated")}
              </div>
              <div class="stat">
                <div class="value">{c().funnel.withdrawn}</div>
                {t("analysis.cohort.withdrawn")}
              </div>
            </div>
            <section class="card" aria-labelledby="funnel-title">
              <h2 id="funnel-title">{t("analysis.cohort.funnel")}</h2>
              <FunnelChart stages={funnelStages(c().funnel)} />
              <ChartNumbers>
                <NumbersTable
                  caption={t("analysis.cohort.funnelCaption")}
                  rows={funnelStages(c().funnel)}
                  columns={[
                    { label: t("analysis.cohort.stage"), value: (s) => s.stage },
                    { label: t("analysis.stat.patients"), value: (s) => s.patients, numeric: true }
                  ]}
                />
              </ChartNumbers>
            </section>
            {/* seven columns: the whole width, so none hides behind the card's edge on a 1280 px screen */}
            <section class="card" aria-labelledby="completeness-title">
              <h2 id="completeness-title">{t("analysis.cohort.completeness")}</h2>
              <NumbersTable
                caption={t("analysis.cohort.completenessCaption")}
                rows={c().completeness}
                columns={[
                  { label: t("analysis.stat.timepoint"), value: (r) => timepointLabel(r.timepoint) },
                  { label: t("analysis.cohort.due"), value: (r) => r.due, numeric: true },
                  { label: t("analysis.cohort.done"), value: (r) => r.done, numeric: true },
                  {
                    label: t("analysis.cohort.completePct"),
                    value: (r) => fixed(r.due === 0 ? null : (100 * r.done) / r.due),
                    numeric: true
                  },
                  {
                    label: t("analysis.cohort.missingCount"),
                    value: (r) => completenessCounts(r).missing,
                    numeric: true
                  },
                  {
                    label: t("analysis.cohort.openCount"),
                    value: (r) => completenessCounts(r).open ?? "—",
                    numeric: true
                  },
                  {
                    label: t("analysis.cohort.overdueCount"),
                    value: (r) => completenessCounts(r).overdue ?? "—",
                    numeric: true
                  }
                ]}
              />
              <p class="muted" data-testid="completeness-note">
                {t("analysis.cohort.completenessNote")}
              </p>
            </section>
            <section class="card" aria-labelledby="enrollment-title">
              <h2 id="enrollment-title">{t("analysis.cohort.enrollment")}</h2>
              <EnrollmentChart enrollment={c().enrollment} centerName={centerName} />
              <ChartNumbers>
                <NumbersTable
                  caption={t("analysis.cohort.enrollmentCaption")}
                  rows={c().enrollment}
                  columns={[
                    { label: t("analysis.cohort.month"), value: (r) => month(r.month) },
                    { label: t("analysis.stat.center"), value: (r) => centerName(r.centerId) },
                    { label: t("analysis.cohort.screenedCol"), value: (r) => r.screened, numeric: true },
                    { label: t("analysis.cohort.treatedCol"), value: (r) => r.treated, numeric: true }
                  ]}
                />
              </ChartNumbers>
            </section>
            <section class="card" aria-labelledby="overdue-title">
              <h2 id="overdue-title">{t("analysis.cohort.overdue", { n: c().overdue.length })}</h2>
              <Show when={c().overdue.length > 0} fallback={<p>{t("analysis.cohort.noneOverdue")}</p>}>
                <ScrollBox label={t("analysis.cohort.overdueLabel")}>
                  <table>
                    <caption>{t("analysis.cohort.overdueCaption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("analysis.cohort.patient")}</th>
                        <th scope="col">{t("analysis.stat.center")}</th>
                        <th scope="col">{t("analysis.cohort.visit")}</th>
                        <th scope="col">{t("analysis.cohort.dueBy")}</th>
                        <th scope="col" class="num">
                          {t("analysis.cohort.daysOverdue")}
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
                            <td>{centerName(o.centerId)}</td>
                            <td>{timepointLabel(o.timepoint)}</td>
                            <td>{date(o.dueBy)}</td>
                            <td class="num">{o.daysOverdue}</td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </ScrollBox>
              </Show>
            </section>
            <section class="card" aria-labelledby="out-of-window-title">
              <h2 id="out-of-window-title">
                {t("analysis.cohort.outOfWindow", { n: c().outOfWindow.length })}
              </h2>
              <Show when={c().outOfWindow.length > 0} fallback={<p>{t("analysis.cohort.allInWindow")}</p>}>
                <ScrollBox label={t("analysis.cohort.outOfWindowLabel")}>
                  <table>
                    <caption>{t("analysis.cohort.outOfWindowCaption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("analysis.cohort.patient")}</th>
                        <th scope="col">{t("analysis.stat.center")}</th>
                        <th scope="col">{t("analysis.cohort.visit")}</th>
                        <th scope="col">{t("analysis.cohort.date")}</th>
                        <th scope="col" class="num">
                          {t("analysis.cohort.daysAfter")}
                        </th>
                        <th scope="col">{t("analysis.cohort.window")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c().outOfWindow.map((o) => (
                        <tr>
                          <td>
                            <PatientCell id={o.patientId} linked={linked()} />
                          </td>
                          <td>{centerName(o.centerId)}</td>
                          <td>
                            {timepointLabel(o.timepoint)}{" "}
                            <span class="badge warn">{t("analysis.cohort.outOfWindowBadge")}</span>
                          </td>
                          <td>{o.date === null ? "—" : date(o.date)}</td>
                          <td class="num">{o.daysAfterProcedure}</td>
                          <td>
                            {t("analysis.cohort.windowRange", { from: o.windowStart, to: o.windowEnd })}
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
