/** One line of the results table. */
export interface Figure {
  readonly what: string
  readonly api: number
  readonly baseline: number | null
  readonly unit: "req/s" | "rows/s" | "ms"
  /** Server CPU time per request (µs), API and baseline (0: not measured): steadier than rates on a shared machine. */
  readonly cpu?: { readonly api: number; readonly baseline: number }
  /** The target, in words, and whether the API met it. */
  readonly target?: { readonly text: string; readonly met: boolean }
}

const show = (value: number, unit: Figure["unit"]) =>
  unit !== "ms" ? value.toFixed(0) : value < 10 ? value.toFixed(2) : value.toFixed(0)

const micros = (us: number) => (us >= 10_000 ? `${(us / 1000).toFixed(0)} ms` : `${us.toFixed(0)} µs`)

/** The figures as a Markdown table: the API, the bare baseline of the same run, and their ratio. */
export const table = (figures: ReadonlyArray<Figure>): string => {
  const lines = [
    "| figure | API | bare Hono + better-sqlite3 | API ÷ baseline | server CPU per request, API / baseline | target |",
    "| --- | ---: | ---: | ---: | ---: | --- |"
  ]
  for (const f of figures) {
    const ratio = f.baseline === null || f.baseline === 0 ? "—" : `${(f.api / f.baseline).toFixed(2)}×`
    const target = f.target === undefined ? "" : `${f.target.text} ${f.target.met ? "✔" : "✘"}`
    const base = f.baseline === null ? "—" : `${show(f.baseline, f.unit)} ${f.unit}`
    const cpu =
      f.cpu === undefined
        ? ""
        : `${micros(f.cpu.api)} / ${f.cpu.baseline === 0 ? "—" : micros(f.cpu.baseline)}`
    lines.push(`| ${f.what} | ${show(f.api, f.unit)} ${f.unit} | ${base} | ${ratio} | ${cpu} | ${target} |`)
  }
  return lines.join("\n")
}

/** Median and best of a list of timings. */
export const summarize = (runs: ReadonlyArray<number>) => {
  const sorted = [...runs].sort((a, b) => a - b)
  return { median: sorted[Math.floor((sorted.length - 1) / 2)]!, best: sorted[0]! }
}

/** Logs in over HTTP and answers the bearer token. */
export const login = async (url: string, username: string, password: string): Promise<string> => {
  const response = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password })
  })
  if (!response.ok) throw new Error(`login as ${username}: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/** Time from sending a GET to its last byte, in ms; fails unless it answers 200. */
export const timeGet = async (url: string, token: string): Promise<{ ms: number; body: string }> => {
  const t0 = performance.now()
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  const body = await response.text()
  const ms = performance.now() - t0
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${body.slice(0, 300)}`)
  return { ms, body }
}
