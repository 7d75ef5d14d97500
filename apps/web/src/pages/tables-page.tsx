import type { AnalysisSetId } from "@cryoreg/contract"
import { createAsync } from "@solidjs/router"
import { createMemo, createSignal, For, type JSX, Show } from "solid-js"
import { Api, urlOf } from "../api/client"
import { getComparison, getReport } from "../api/queries"
import { NumbersTable } from "../components/numbers"
import { t } from "../i18n"
import { fromSet, useAnalysisSet } from "../sets/analysis-set"
import { SetSelector } from "../sets/set-selector"
import { byTable, counts, reproducedText, show, statusText, tableTitle } from "../tables/cells"
import { leftOutOf } from "../tables/coverage"
import { wordFinding } from "../tables/finding"
import { Table2Layout } from "../tables/table2-layout"

const inSet = (id: AnalysisSetId | undefined | null) => (id == null ? {} : { set: id })

const verdicts = {
  impossible: { css: "bad", key: "impossible" },
  "contradicts assumption": { css: "warn", key: "contradicts" },
  inconsistent: { css: "warn", key: "inconsistent" },
  consistent: { css: "good", key: "consistent" }
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
      <h1>{t("tables.title")}</h1>
      <SetSelector chosen={chosen} />
      <Show when={comparison()}>
        {(c) => (
          <div class="toolbar">
            <p>
              {t("tables.summary", {
                n: report()?.n ?? "…",
                agrees: all().agrees,
                cells: c().comparison.length
              })}
              <Show when={all().notComputed > 0}>
                <span data-testid="not-computed-count" data-count={all().notComputed}>
                  {t("tables.summaryNotComputed", { n: all().notComputed })}
                </span>
              </Show>
              .
            </p>
            <label class="checkbox">
              <input
                type="checkbox"
                checked={onlyDifferences()}
                onChange={(e) => setOnlyDifferences(e.currentTarget.checked)}
              />
              {t("tables.onlyDifferences")}
            </label>
            <a
              class="button secondary"
              href={urlOf(Api.reportCsv, { query: inSet(chosen.id()) })}
              download=""
            >
              {t("tables.csv")}
            </a>
            <a
              class="button secondary"
              href={urlOf(Api.reportDocx, { query: inSet(chosen.id()) })}
              download=""
            >
              {t("tables.word")}
            </a>
          </div>
        )}
      </Show>
      <For each={tables()}>
        {([table, cells]) => (
          <section class="card" aria-labelledby={`${table}-title`}>
            <h2 id={`${table}-title`}>{tableTitle(table)}</h2>
            <Show when={table === "table2"}>
              <Table2Layout cells={cells} />
            </Show>
            <Show when={leftOut(table)}>
              {(k) => <p class="warn">{t("tables.leftOut", { k: k(), n: report()?.n ?? "…" })}</p>}
            </Show>
            <p>
              {t("tables.agreeCount", { agrees: counts(cells).agrees, cells: cells.length })}
              <Show when={counts(cells).differs > 0}>
                {"; "}
                <span class="bad">{t("tables.differCount", { n: counts(cells).differs })}</span>
              </Show>
              <Show when={counts(cells).notComputed > 0}>
                {"; "}
                <span class="muted">{t("tables.notComputedCount", { n: counts(cells).notComputed })}</span>
              </Show>
              .
            </p>
            <details
              open={
                (onlyDifferences() && counts(cells).differs > 0) ||
                (counts(cells).notComputed > 0 && counts(cells).notComputed < cells.length)
              }
            >
              <summary>
                {t("tables.everyCell", { table: t("tables.tableNumber", { n: table.replace("table", "") }) })}
              </summary>
              <NumbersTable
                caption={t("tables.everyCellCaption", { title: tableTitle(table) })}
                rows={onlyDifferences() ? cells.filter((x) => x.status === "differs") : cells}
                rowClass={(x) =>
                  x.status === "differs" ? "differs" : x.status === "notComputed" ? "not-computed" : undefined
                }
                columns={[
                  { label: t("tables.column.cell"), value: (x) => x.label },
                  { label: t("tables.column.published"), value: (x) => show(x.published), numeric: true },
                  { label: t("tables.column.reproduced"), value: (x) => reproducedText(x), numeric: true },
                  { label: t("tables.column.difference"), value: (x) => show(x.difference), numeric: true },
                  { label: t("tables.column.agrees"), value: (x) => statusText(x) }
                ]}
              />
            </details>
          </section>
        )}
      </For>
      <Show when={comparison()}>
        {(c) => (
          <section class="card" aria-labelledby="findings-title">
            <h2 id="findings-title">{t("tables.findings")}</h2>
            <For each={["impossible", "contradicts assumption", "inconsistent", "consistent"] as const}>
              {(verdict) => {
                const findings = () => c().findings.filter((f) => f.verdict === verdict)
                return (
                  <Show when={findings().length > 0}>
                    <details open={verdict !== "consistent"}>
                      <summary>
                        <span class={`badge ${verdicts[verdict].css}`}>
                          {t(`tables.verdict.${verdicts[verdict].key}`)}
                        </span>{" "}
                        {t("tables.findingCount", { n: findings().length })}
                      </summary>
                      <ul>
                        <For each={findings()}>{(f) => <li>{wordFinding(f.detail)}</li>}</For>
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
