import type { VisitRow } from "@cryoreg/contract"
import { createAsync } from "@solidjs/router"
import { createMemo, createSignal, For, type JSX, Show } from "solid-js"
import { Api, urlOf } from "../api/client"
import { getReport, getVisits } from "../api/queries"
import { GroupedBarChart } from "../charts/grouped-bar-chart"
import { MeanCiChart } from "../charts/mean-ci-chart"
import { ChartNumbers, fixed, NumbersTable, nOf, range } from "../components/numbers"
import { t } from "../i18n"
import { timepointLabel } from "../i18n/study-words"
import { responderBars, responderRates, thresholds } from "../outcomes/responders"
import { analgesicCategories, analgesicUse, meanCi, type Scale, timepoints } from "../outcomes/summary"
import { fromSet, useAnalysisSet } from "../sets/analysis-set"
import { SetSelector } from "../sets/set-selector"

const scales: ReadonlyArray<{ scale: Scale; title: string; unit: string }> = (
  ["nrs", "vas", "odi"] as const
).map((scale) => ({
  scale,
  get title() {
    return t(`analysis.outcomes.scale.${scale}`)
  },
  get unit() {
    return t(`analysis.outcomes.unit.${scale}`)
  }
}))

function ScaleCard(
  props: (typeof scales)[number] & { rows: ReadonlyArray<VisitRow>; trajectories: boolean }
) {
  const summary = createMemo(() => meanCi(props.rows, props.scale))
  return (
    <section class="card" aria-labelledby={`scale-${props.scale}`}>
      <h2 id={`scale-${props.scale}`}>{props.title}</h2>
      <MeanCiChart {...props} summary={summary()} />
      <ChartNumbers csv={urlOf(Api.exportVisitsCsv, {})}>
        <NumbersTable
          caption={t("analysis.outcomes.meanCiCaption", { title: props.title })}
          rows={summary()}
          columns={[
            { label: t("analysis.stat.timepoint"), value: (r) => r.label },
            { label: t("analysis.stat.n"), value: (r) => r.n, numeric: true },
            { label: t("analysis.stat.mean"), value: (r) => fixed(r.mean, 2), numeric: true },
            { label: t("analysis.stat.sd"), value: (r) => fixed(r.sd, 2), numeric: true },
            { label: t("analysis.stat.ci"), value: (r) => range(r.lo, r.hi), numeric: true }
          ]}
        />
      </ChartNumbers>
    </section>
  )
}

/** Outcomes over time: pain and disability with CIs, responder rates, analgesic use. */
export default function OutcomesPage(): JSX.Element {
  const chosen = useAnalysisSet()
  const visits = createAsync(() => fromSet(chosen, getVisits))
  const report = createAsync(() => fromSet(chosen, getReport))
  const [trajectories, setTrajectories] = createSignal(false)
  const rates = createMemo(() => {
    const r = report()
    return r === undefined ? [] : responderRates(r.report)
  })
  const analgesics = createMemo(() => analgesicUse(visits()?.items ?? []))
  return (
    <section
      data-page="outcomes"
      data-ready={visits() !== undefined && report() !== undefined ? "true" : "false"}
    >
      <h1>{t("analysis.outcomes.title")}</h1>
      <SetSelector chosen={chosen} />
      <Show when={visits()}>
        {(v) => (
          <>
            <p class="muted">
              {t("analysis.outcomes.count", {
                patients: new Set(v().items.map((r) => r.patient)).size,
                visits: v().items.length
              })}
            </p>
            <label class="checkbox">
              <input
                type="checkbox"
                checked={trajectories()}
                onChange={(e) => setTrajectories(e.currentTarget.checked)}
              />
              {t("analysis.outcomes.trajectories")}
            </label>
            <div class="grid">
              <For each={scales}>
                {(s) => <ScaleCard {...s} rows={v().items} trajectories={trajectories()} />}
              </For>
            </div>
          </>
        )}
      </Show>
      <div class="grid">
        <section class="card" aria-labelledby="responders-title">
          <h2 id="responders-title">{t("analysis.outcomes.responders")}</h2>
          <GroupedBarChart
            label={t("analysis.outcomes.respondersChart")}
            bars={responderBars(rates())}
            groups={thresholds.map((h) => h.short)}
            series={[timepointLabel("month3"), timepointLabel("month6")]}
          />
          <ChartNumbers csv={urlOf(Api.reportCsv, {})}>
            <NumbersTable
              caption={t("analysis.outcomes.respondersCaption")}
              rows={rates()}
              columns={[
                { label: t("analysis.outcomes.threshold"), value: (r) => r.threshold },
                { label: t("analysis.stat.timepoint"), value: (r) => r.timepoint },
                { label: t("analysis.stat.patients"), value: (r) => nOf(r.n, r.of), numeric: true },
                { label: t("analysis.stat.pct"), value: (r) => fixed(r.pct), numeric: true }
              ]}
            />
          </ChartNumbers>
        </section>
        <section class="card" aria-labelledby="analgesics-title">
          <h2 id="analgesics-title">{t("analysis.outcomes.analgesics")}</h2>
          <GroupedBarChart
            label={t("analysis.outcomes.analgesicsChart")}
            bars={analgesics().map((a) => ({ group: a.label, series: a.category, pct: a.pct }))}
            groups={timepoints.map((p) => p.label)}
            series={analgesicCategories.map((c) => c.label)}
          />
          <ChartNumbers csv={urlOf(Api.exportVisitsCsv, {})}>
            <NumbersTable
              caption={t("analysis.outcomes.analgesicsCaption")}
              rows={analgesics()}
              columns={[
                { label: t("analysis.stat.timepoint"), value: (r) => r.label },
                { label: t("analysis.outcomes.category"), value: (r) => r.category },
                { label: t("analysis.stat.patients"), value: (r) => nOf(r.n, r.of), numeric: true },
                { label: t("analysis.stat.pct"), value: (r) => fixed(r.pct), numeric: true }
              ]}
            />
          </ChartNumbers>
        </section>
      </div>
    </section>
  )
}
