import { createAsync } from "@solidjs/router"
import { createMemo, type JSX, Show } from "solid-js"
import { Api, urlOf } from "../api/client"
import { getReport } from "../api/queries"
import { ForestPlot } from "../charts/forest-plot"
import { ChartNumbers, fixed, NumbersTable, range } from "../components/numbers"
import { t } from "../i18n"
import { fromSet, useAnalysisSet } from "../sets/analysis-set"
import { SetSelector } from "../sets/set-selector"
import { forestRows, forestTests } from "../subgroups/forest"

const pText = (p: number | string): string => (typeof p === "number" ? fixed(p, 3) : p)

/** The NRS reduction at 6 months by sex, age group and baseline severity (Tables 8–10). */
export default function SubgroupsPage(): JSX.Element {
  const chosen = useAnalysisSet()
  const report = createAsync(() => fromSet(chosen, getReport))
  const rows = createMemo(() => (report() === undefined ? [] : forestRows(report()!.report)))
  const tests = createMemo(() => (report() === undefined ? [] : forestTests(report()!.report)))
  return (
    <section data-page="subgroups">
      <h1>{t("analysis.subgroups.title")}</h1>
      <SetSelector chosen={chosen} />
      <Show when={report()}>
        <section class="card" aria-labelledby="forest-title">
          <h2 id="forest-title">{t("analysis.subgroups.forest")}</h2>
          <ForestPlot rows={rows()} />
          <ChartNumbers csv={urlOf(Api.reportCsv, {})}>
            <NumbersTable
              caption={t("analysis.subgroups.forestCaption")}
              rows={rows()}
              columns={[
                { label: t("analysis.subgroups.subgroup"), value: (r) => `${r.family}: ${r.group}` },
                { label: t("analysis.stat.n"), value: (r) => r.n, numeric: true },
                { label: t("analysis.subgroups.meanChange"), value: (r) => fixed(r.mean), numeric: true },
                { label: t("analysis.stat.sd"), value: (r) => fixed(r.sd), numeric: true },
                { label: t("analysis.stat.ci"), value: (r) => range(r.lo, r.hi), numeric: true }
              ]}
            />
          </ChartNumbers>
        </section>
        <section class="card" aria-labelledby="between-title">
          <h2 id="between-title">{t("analysis.subgroups.between")}</h2>
          <NumbersTable
            caption={t("analysis.subgroups.betweenCaption")}
            rows={tests()}
            columns={[
              { label: t("analysis.subgroups.families"), value: (x) => x.family },
              { label: t("analysis.subgroups.test"), value: (x) => x.test },
              { label: t("analysis.stat.p"), value: (x) => pText(x.p), numeric: true }
            ]}
          />
        </section>
      </Show>
    </section>
  )
}
