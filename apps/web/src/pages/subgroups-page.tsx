import { createAsync } from "@solidjs/router"
import { createMemo, type JSX, Show } from "solid-js"
import { Api, urlOf } from "../api/client"
import { getReport } from "../api/queries"
import { ForestPlot } from "../charts/forest-plot"
import { ChartNumbers, fixed, NumbersTable } from "../components/numbers"
import { fromSet, useAnalysisSet } from "../sets/analysis-set"
import { SetSelector } from "../sets/set-selector"
import { forestRows, forestTests } from "../subgroups/forest"

const pText = (p: number | string): string => (typeof p === "number" ? p.toFixed(3) : p)

/** The NRS reduction at 6 months by sex, age group and baseline severity (Tables 8–10). */
export default function SubgroupsPage(): JSX.Element {
  const chosen = useAnalysisSet()
  const report = createAsync(() => fromSet(chosen, getReport))
  const rows = createMemo(() => (report() === undefined ? [] : forestRows(report()!.report)))
  const tests = createMemo(() => (report() === undefined ? [] : forestTests(report()!.report)))
  return (
    <section data-page="subgroups">
      <h1>Subgroups</h1>
      <SetSelector chosen={chosen} />
      <Show when={report()}>
        <section class="card" aria-labelledby="forest-title">
          <h2 id="forest-title">NRS change at 6 months by subgroup</h2>
          <ForestPlot rows={rows()} />
          <ChartNumbers csv={urlOf(Api.reportCsv, {})}>
            <NumbersTable
              caption="NRS change at 6 months: mean, SD and 95 % CI"
              rows={rows()}
              columns={[
                { label: "Subgroup", value: (r) => `${r.family}: ${r.group}` },
                { label: "n", value: (r) => r.n, numeric: true },
                { label: "Mean change", value: (r) => fixed(r.mean), numeric: true },
                { label: "SD", value: (r) => fixed(r.sd), numeric: true },
                { label: "95 % CI", value: (r) => `${fixed(r.lo, 2)} to ${fixed(r.hi, 2)}`, numeric: true }
              ]}
            />
          </ChartNumbers>
        </section>
        <section class="card" aria-labelledby="between-title">
          <h2 id="between-title">Between-group tests</h2>
          <NumbersTable
            caption="Does the NRS change at 6 months differ between the groups?"
            rows={tests()}
            columns={[
              { label: "Subgroups", value: (t) => t.family },
              { label: "Test", value: (t) => t.test },
              { label: "p", value: (t) => pText(t.p), numeric: true }
            ]}
          />
        </section>
      </Show>
    </section>
  )
}
