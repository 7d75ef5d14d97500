import { For, type JSX } from "solid-js"
import { ScrollBox } from "../components/scroll-box"
import { t } from "../i18n"
import { type Cell, show } from "./cells"
import { notComputedText } from "./reason"

const columns = [
  { key: "baseline", pct: false, path: (s: string) => [`${s}.baseline[0]`, `${s}.baseline[1]`] },
  { key: "m3", pct: false, path: (s: string) => [`${s}.m3[0]`, `${s}.m3[1]`] },
  { key: "m6", pct: false, path: (s: string) => [`${s}.m6[0]`, `${s}.m6[1]`] },
  { key: "changeM3", pct: true, path: (s: string) => [`${s}.changeM3`, `${s}.changeM3Pct`] },
  { key: "changeM6", pct: true, path: (s: string) => [`${s}.changeM6`, `${s}.changeM6Pct`] }
] as const

/** Table 2 in the paper's layout: each cell reproduced, with the published value beneath it. */
export function Table2Layout(props: { readonly cells: ReadonlyArray<Cell> }): JSX.Element {
  const at = (path: string) => props.cells.find((c) => c.path === path)
  const pair = (paths: ReadonlyArray<string>, pick: (c: Cell) => number | string | null, pct: boolean) => {
    const [a, b] = paths.map((p) => at(p))
    const [x, y] = [a === undefined ? null : pick(a), b === undefined ? null : pick(b)]
    return pct ? `${show(x)} (${show(y)} %)` : `${show(x)} ± ${show(y)}`
  }
  return (
    <ScrollBox label={t("tables.layout.label")}>
      <table data-testid="table2-layout">
        <caption>{t("tables.layout.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tables.layout.scale")}</th>
            <For each={columns}>
              {(c) => (
                <th scope="col" class="num">
                  {t(`tables.layout.${c.key}`)}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={["nrs", "vas"] as const}>
            {(scale) => (
              <tr>
                <th scope="row">{t(`tables.layout.${scale}`)}</th>
                <For each={columns}>
                  {(c) => {
                    const paths = c.path(`table2.${scale}`)
                    const pct = c.pct
                    const differs = paths.some((p) => at(p)?.status === "differs")
                    const missing = paths.map((p) => at(p)).find((x) => x?.status === "notComputed")
                    return (
                      <td class="num" classList={{ bad: differs, muted: missing !== undefined }}>
                        <div>
                          {missing === undefined
                            ? pair(paths, (x) => x.reproduced, pct)
                            : notComputedText(missing.why)}
                        </div>
                        <div class="muted">{pair(paths, (x) => x.published, pct)}</div>
                      </td>
                    )
                  }}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </ScrollBox>
  )
}
