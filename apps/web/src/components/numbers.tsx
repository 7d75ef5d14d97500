import { For, type JSX, Show } from "solid-js"
import { num, t } from "../i18n"
import { ScrollBox } from "./scroll-box"

/** A column of a numbers table: its heading and how a row prints in it. */
export interface Column<R> {
  readonly label: string
  readonly value: (row: R) => string | number
  readonly numeric?: boolean
}

/** Prints a number with a fixed number of decimals in the chosen language (7.4 | 7,4; "—" when there is none). */
export const fixed = (x: number | null | undefined, digits = 1): string => num(x, digits)

/** An interval in the chosen language ("7.03 to 7.97" | "od 7,03 do 7,97"). */
export const range = (lo: number | null | undefined, hi: number | null | undefined, digits = 2): string =>
  t("analysis.numbers.range", { lo: num(lo, digits), hi: num(hi, digits) })

/** "12 of 107" | "12 z 107". */
export const nOf = (n: number, of: number): string => t("analysis.numbers.nOf", { n, of })

/** A plain data table with a caption. */
export function NumbersTable<R>(props: {
  readonly caption: string
  readonly columns: ReadonlyArray<Column<R>>
  readonly rows: ReadonlyArray<R>
  readonly rowClass?: (row: R) => string | undefined
}): JSX.Element {
  return (
    <ScrollBox label={props.caption}>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.columns}>
              {(c) => (
                <th classList={{ num: c.numeric === true }} scope="col">
                  {c.label}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr class={props.rowClass?.(row) ?? ""}>
                <For each={props.columns}>
                  {(c) => <td classList={{ num: c.numeric === true }}>{c.value(row)}</td>}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </ScrollBox>
  )
}

/** The numbers behind a chart, one click away; with a CSV download when the API has one. */
export function ChartNumbers(props: { readonly csv?: string; readonly children: JSX.Element }): JSX.Element {
  return (
    <details>
      <summary>{t("analysis.numbers.show")}</summary>
      {props.children}
      <Show when={props.csv}>
        {(href) => (
          <p>
            <a href={href()} download="">
              {t("analysis.numbers.csv")}
            </a>
          </p>
        )}
      </Show>
    </details>
  )
}
