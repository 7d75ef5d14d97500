import { createAsync } from "@solidjs/router"
import { createMemo, type JSX, Show } from "solid-js"
import { getAdverseEvents } from "../api/queries"
import { SeverityChart } from "../charts/severity-chart"
import { ChartNumbers, fixed, NumbersTable } from "../components/numbers"
import { t } from "../i18n"
import { byTypeAndSeverity, outcomeOf, typeSummary } from "../safety/summary"
import { fromSet, useAnalysisSet } from "../sets/analysis-set"
import { SetSelector } from "../sets/set-selector"

/** Adverse events by type, severity and outcome. */
export default function SafetyPage(): JSX.Element {
  const chosen = useAnalysisSet()
  const events = createAsync(() => fromSet(chosen, getAdverseEvents))
  const items = () => events()?.items ?? []
  const summary = createMemo(() => typeSummary(items()))
  const patients = () => new Set(items().map((e) => e.patientId)).size
  const serious = () => items().filter((e) => e.serious).length
  const ongoing = () => items().filter((e) => outcomeOf(e) === "ongoing").length
  return (
    <section data-page="safety">
      <h1>{t("analysis.safety.title")}</h1>
      <SetSelector chosen={chosen} />
      <Show when={events()}>
        <div class="stat-row">
          <div class="stat">
            <div class="value">{items().length}</div>
            {t("analysis.safety.events", { n: items().length })}
          </div>
          <div class="stat">
            <div class="value">{patients()}</div>
            {t("analysis.safety.patientsWith", { n: patients() })}
          </div>
          <div class="stat">
            <div class="value">{serious()}</div>
            {t("analysis.safety.serious", { n: serious() })}
          </div>
          <div class="stat">
            <div class="value">{ongoing()}</div>
            {t("analysis.safety.ongoing", { n: ongoing() })}
          </div>
        </div>
        <section class="card" aria-labelledby="severity-title">
          <h2 id="severity-title">{t("analysis.safety.bySeverity")}</h2>
          <SeverityChart counts={byTypeAndSeverity(items())} />
          <ChartNumbers>
            <NumbersTable
              caption={t("analysis.safety.bySeverityCaption")}
              rows={byTypeAndSeverity(items())}
              columns={[
                { label: t("analysis.safety.type"), value: (r) => t(`study.adverseEventType.${r.type}`) },
                { label: t("analysis.safety.severity"), value: (r) => t(`study.severity.${r.severity}`) },
                { label: t("analysis.safety.eventsCol"), value: (r) => r.count, numeric: true }
              ]}
            />
          </ChartNumbers>
        </section>
        <section class="card" aria-labelledby="outcome-title">
          <h2 id="outcome-title">{t("analysis.safety.outcome")}</h2>
          <NumbersTable
            caption={t("analysis.safety.outcomeCaption")}
            rows={summary()}
            columns={[
              { label: t("analysis.safety.type"), value: (r) => t(`study.adverseEventType.${r.type}`) },
              { label: t("analysis.safety.eventsCol"), value: (r) => r.events, numeric: true },
              { label: t("analysis.stat.patients"), value: (r) => r.patients, numeric: true },
              { label: t("analysis.safety.seriousCol"), value: (r) => r.serious, numeric: true },
              { label: t("analysis.safety.related"), value: (r) => r.related, numeric: true },
              { label: t("analysis.safety.resolved"), value: (r) => r.resolved, numeric: true },
              { label: t("analysis.safety.ongoingCol"), value: (r) => r.ongoing, numeric: true },
              {
                label: t("analysis.safety.medianDays"),
                value: (r) => fixed(r.medianDaysToResolution),
                numeric: true
              }
            ]}
          />
        </section>
      </Show>
    </section>
  )
}
