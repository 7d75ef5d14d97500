import type { VisitRow } from "@cryoreg/contract"
import { createAsync } from "@solidjs/router"
import { createMemo, createSignal, For, type JSX, Show } from "solid-js"
import { Api, urlOf } from "../api/client"
import { getReport, getVisits } from "../api/queries"
import { GroupedBarChart } from "../charts/grouped-bar-chart"
import { MeanCiChart } from "../charts/mean-ci-chart"
import { ChartNumbers, fixed, NumbersTable } from "../components/numbers"
import { responderBars, responderRates, thresholds } from "../outcomes/responders"
import { analgesicCategories, analgesicUse, meanCi, type Scale, timepoints } from "../outcomes/summary"
import { fromSet, useAnalysisSet } from "../sets/analysis-set"
import { SetSelector } from "../sets/set-selector"

const scales: ReadonlyArray<{ scale: Scale; title: string; unit: string }> = [
  { scale: "nrs", title: "Pain, NRS (0–10)", unit: "NRS" },
  { scale: "vas", title: "Pain, VAS (mm)", unit: "VAS, mm" },
  { scale: "odi", title: "Disability, ODI (%)", unit: "ODI, %" }
]

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
          caption={`${props.title}: mean and 95 % CI`}
          rows={summary()}
          columns={[
            { label: "Time point", value: (r) => r.label },
            { label: "n", value: (r) => r.n, numeric: true },
            { label: "Mean", value: (r) => fixed(r.mean, 2), numeric: true },
            { label: "SD", value: (r) => fixed(r.sd, 2), numeric: true },
            { label: "95 % CI", value: (r) => `${fixed(r.lo, 2)} to ${fixed(r.hi, 2)}`, numeric: true }
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
      <h1>Outcomes</h1>
      <SetSelector chosen={chosen} />
      <Show when={visits()}>
        {(v) => (
          <>
            <p class="muted">
              {new Set(v().items.map((r) => r.patient)).size} treated patients, {v().items.length} visits.
            </p>
            <label class="checkbox">
              <input
                type="checkbox"
                checked={trajectories()}
                onChange={(e) => setTrajectories(e.currentTarget.checked)}
              />
              Show each patient's trajectory
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
          <h2 id="responders-title">Responders at 3 and 6 months</h2>
          <GroupedBarChart
            label="Responder rates at 3 and 6 months by threshold"
            bars={responderBars(rates())}
            groups={thresholds.map((t) => t.short)}
            series={["3 months", "6 months"]}
          />
          <ChartNumbers csv={urlOf(Api.reportCsv, {})}>
            <NumbersTable
              caption="Responders (Table 4)"
              rows={rates()}
              columns={[
                { label: "Threshold", value: (r) => r.threshold },
                { label: "Time point", value: (r) => r.timepoint },
                { label: "Patients", value: (r) => `${r.n} of ${r.of}`, numeric: true },
                { label: "%", value: (r) => fixed(r.pct), numeric: true }
              ]}
            />
          </ChartNumbers>
        </section>
        <section class="card" aria-labelledby="analgesics-title">
          <h2 id="analgesics-title">Analgesic use over time</h2>
          <GroupedBarChart
            label="Share of patients taking each analgesic category at baseline, 3 and 6 months"
            bars={analgesics().map((a) => ({ group: a.label, series: a.category, pct: a.pct }))}
            groups={timepoints.map((t) => t.label)}
            series={analgesicCategories.map((c) => c.label)}
          />
          <ChartNumbers csv={urlOf(Api.exportVisitsCsv, {})}>
            <NumbersTable
              caption="Analgesic use"
              rows={analgesics()}
              columns={[
                { label: "Time point", value: (r) => r.label },
                { label: "Category", value: (r) => r.category },
                { label: "Patients", value: (r) => `${r.n} of ${r.of}`, numeric: true },
                { label: "%", value: (r) => fixed(r.pct), numeric: true }
              ]}
            />
          </ChartNumbers>
        </section>
      </div>
    </section>
  )
}
