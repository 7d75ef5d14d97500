import { For, type JSX, Show } from "solid-js"
import { ScrollBox } from "./scroll-box"

/** A column of a numbers table: its heading and how a row prints in it. */
export interface Column<R> {
  readonly label: string
  readonly value: (row: R) => string | number
  readonly numeric?: boolean
}

/** Prints a number with a fixed number of decimals (or "—" when there is none). */
export const fixed = (x: number | null | undefined, digits = 1): string =>
  x === null || x === undefined || !Number.isFinite(x) ? "—" : x.toFixed(digits)

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
      <summary>Show the numbers</summary>
      {props.children}
      <Show when={props.csv}>
        {(href) => (
          <p>
            <a href={href()} download="">
              Download CSV
            </a>
          </p>
        )}
      </Show>
    </details>
  )
}
