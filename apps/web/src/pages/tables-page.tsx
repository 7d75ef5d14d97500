import type { AnalysisSetId } from "@cryoreg/contract"
import { createAsync } from "@solidjs/router"
import { createMemo, createSignal, For, type JSX, Show } from "solid-js"
import { Api, urlOf } from "../api/client"
import { getComparison, getReport } from "../api/queries"
import { NumbersTable } from "../components/numbers"
import { fromSet, useAnalysisSet } from "../sets/analysis-set"
import { SetSelector } from "../sets/set-selector"
import { byTable, counts, reproducedText, show, statusText, tableTitles } from "../tables/cells"
import { leftOutOf } from "../tables/coverage"
import { Table2Layout } from "../tables/table2-layout"

const inSet = (id: AnalysisSetId | undefined | null) => (id == null ? {} : { set: id })

const verdictClass = {
  consistent: "good",
  inconsistent: "warn",
  "contradicts assumption": "warn",
  impossible: "bad"
} as const

/** Tables 1–10 computed from the stored records beside the published values, and the paper's consistency. */
export default function TablesPage(): JSX.Element {
  const chosen = useAnalysisSet({ defaultToDemo: true })
  const comparison = createAsync(() => fromSet(chosen, getComparison))
  const report = createAsync(() => fromSet(chosen, getReport))
  const [onlyDifferences, setOnlyDifferences] = createSignal(false)
  const tables = createMemo(() => byTable(comparison()?.comparison ?? []))
  const leftOut = (table: string) => {
    const k = leftOutOf(report()?.report.coverage, table)
    return k > 0 ? k : false
  }
  const all = () => counts(comparison()?.comparison ?? [])
  return (
    <section data-page="tables">
      <h1>Study tables</h1>
      <SetSelector chosen={chosen} />
      <Show when={comparison()}>
        {(c) => (
          <div class="toolbar">
            <p>
              Computed from <strong>{report()?.n ?? "…"}</strong> treated patients: {all().agrees} of{" "}
              {c().comparison.length} published cells reproduced at the printed precision
              <Show when={all().notComputed > 0}>
                ; <span data-testid="not-computed-count">{all().notComputed}</span> not computed from these
                patients (each says why)
              </Show>
              .
            </p>
            <label class="checkbox">
              <input
                type="checkbox"
                checked={onlyDifferences()}
                onChange={(e) => setOnlyDifferences(e.currentTarget.checked)}
              />
              Open the tables that differ, showing only their differing cells
            </label>
            <a
              class="button secondary"
              href={urlOf(Api.reportCsv, { query: inSet(chosen.id()) })}
              download=""
            >
              Download CSV
            </a>
            <a
              class="button secondary"
              href={urlOf(Api.reportDocx, { query: inSet(chosen.id()) })}
              download=""
            >
              Download as Word
            </a>
          </div>
        )}
      </Show>
      <For each={tables()}>
        {([table, cells]) => (
          <section class="card" aria-labelledby={`${table}-title`}>
            <h2 id={`${table}-title`}>{tableTitles[table] ?? table}</h2>
            <Show when={table === "table2"}>
              <Table2Layout cells={cells} />
            </Show>
            <Show when={leftOut(table)}>
              {(k) => (
                <p class="warn">
                  Incomplete follow-up: {k()} of {report()?.n} patients are left out of at least one figure or
                  test of this table (a missed visit); descriptive figures use everyone measured at each time
                  point, the repeated-measures tests the complete cases.
                </p>
              )}
            </Show>
            <p>
              {counts(cells).agrees} of {cells.length} cells agree with the paper
              <Show when={counts(cells).differs > 0}>
                {"; "}
                <span class="bad">{counts(cells).differs} differ</span>
              </Show>
              <Show when={counts(cells).notComputed > 0}>
                {"; "}
                <span class="muted">{counts(cells).notComputed} not computed</span>
              </Show>
              .
            </p>
            <details
              open={
                (onlyDifferences() && counts(cells).differs > 0) ||
                (counts(cells).notComputed > 0 && counts(cells).notComputed < cells.length)
              }
            >
              <summary>Every cell of {table.replace("table", "Table ")}</summary>
              <NumbersTable
                caption={`${tableTitles[table] ?? table}: every cell, published beside reproduced`}
                rows={onlyDifferences() ? cells.filter((x) => x.status === "differs") : cells}
                rowClass={(x) =>
                  x.status === "differs" ? "differs" : x.status === "notComputed" ? "not-computed" : undefined
                }
                columns={[
                  { label: "Cell", value: (x) => x.label },
                  { label: "Published", value: (x) => show(x.published), numeric: true },
                  { label: "Reproduced", value: (x) => reproducedText(x), numeric: true },
                  { label: "Difference", value: (x) => show(x.difference), numeric: true },
                  { label: "Agrees", value: (x) => statusText(x) }
                ]}
              />
            </details>
          </section>
        )}
      </For>
      <Show when={comparison()}>
        {(c) => (
          <section class="card" aria-labelledby="findings-title">
            <h2 id="findings-title">Consistency of the published tables</h2>
            <For each={["impossible", "contradicts assumption", "inconsistent", "consistent"] as const}>
              {(verdict) => {
                const findings = () => c().findings.filter((f) => f.verdict === verdict)
                return (
                  <Show when={findings().length > 0}>
                    <details open={verdict !== "consistent"}>
                      <summary>
                        <span class={`badge ${verdictClass[verdict]}`}>{verdict}</span> {findings().length}{" "}
                        finding
                        {findings().length === 1 ? "" : "s"}
                      </summary>
                      <ul>
                        <For each={findings()}>{(f) => <li>{f.sentence}</li>}</For>
                      </ul>
                    </details>
                  </Show>
                )
              }}
            </For>
          </section>
        )}
      </Show>
    </section>
  )
}
