import { createAsync } from "@solidjs/router"
import { createMemo, type JSX, Show } from "solid-js"
import { getAdverseEvents } from "../api/queries"
import { SeverityChart } from "../charts/severity-chart"
import { ChartNumbers, fixed, NumbersTable } from "../components/numbers"
import { byTypeAndSeverity, outcomeOf, typeSummary } from "../safety/summary"
import { fromSet, useAnalysisSet } from "../sets/analysis-set"
import { SetSelector } from "../sets/set-selector"

/** Adverse events by type, severity and outcome. */
export default function SafetyPage(): JSX.Element {
  const chosen = useAnalysisSet()
  const events = createAsync(() => fromSet(chosen, getAdverseEvents))
  const items = () => events()?.items ?? []
  const summary = createMemo(() => typeSummary(items()))
  return (
    <section data-page="safety">
      <h1>Safety</h1>
      <SetSelector chosen={chosen} />
      <Show when={events()}>
        <div class="stat-row">
          <div class="stat">
            <div class="value">{items().length}</div>adverse events
          </div>
          <div class="stat">
            <div class="value">{new Set(items().map((e) => e.patientId)).size}</div>patients with an event
          </div>
          <div class="stat">
            <div class="value">{items().filter((e) => e.serious).length}</div>serious
          </div>
          <div class="stat">
            <div class="value">{items().filter((e) => outcomeOf(e) === "ongoing").length}</div>ongoing
          </div>
        </div>
        <section class="card" aria-labelledby="severity-title">
          <h2 id="severity-title">By type and severity</h2>
          <SeverityChart counts={byTypeAndSeverity(items())} />
          <ChartNumbers>
            <NumbersTable
              caption="Adverse events by type and severity"
              rows={byTypeAndSeverity(items())}
              columns={[
                { label: "Type", value: (r) => r.type },
                { label: "Severity", value: (r) => r.severity },
                { label: "Events", value: (r) => r.count, numeric: true }
              ]}
            />
          </ChartNumbers>
        </section>
        <section class="card" aria-labelledby="outcome-title">
          <h2 id="outcome-title">Outcome by type</h2>
          <NumbersTable
            caption="Adverse events by type: patients, seriousness, relation to the procedure and resolution"
            rows={summary()}
            columns={[
              { label: "Type", value: (r) => r.type },
              { label: "Events", value: (r) => r.events, numeric: true },
              { label: "Patients", value: (r) => r.patients, numeric: true },
              { label: "Serious", value: (r) => r.serious, numeric: true },
              { label: "Related", value: (r) => r.related, numeric: true },
              { label: "Resolved", value: (r) => r.resolved, numeric: true },
              { label: "Ongoing", value: (r) => r.ongoing, numeric: true },
              {
                label: "Median days to resolution",
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
