import type { Analysis } from "@cryoreg/domain"
import * as Stats from "@cryoreg/stats"
import type { Cell } from "./DocxCells.js"
import type { Figure, Shape } from "./DocxFigure.js"

type Report = Analysis.StudyReport

const ink = "#222222"
const grey = "#999999"
const blue = "#1f5fa8"

/** Mean with its 95 % CI from n, mean and SD (t with n − 1 df), as the dashboard's charts draw it. */
const ci = (n: number, mean: number, sd: number) => {
  const half = n < 2 ? 0 : (Stats.tQuantile(0.975, n - 1) * sd) / Math.sqrt(n)
  return { lo: mean - half, hi: mean + half }
}

const text = (
  x: number,
  y: number,
  s: string,
  anchor: "start" | "middle" | "end" = "middle",
  size = 11
): Shape => ({
  kind: "text",
  x,
  y,
  text: s,
  size,
  anchor,
  color: ink
})
const line = (x1: number, y1: number, x2: number, y2: number, color = ink, width = 1): Shape => ({
  kind: "line",
  x1,
  y1,
  x2,
  y2,
  width,
  color
})

/** Round tick values covering [lo, hi]. */
const ticks = (lo: number, hi: number, count = 5): Array<number> => {
  const raw = (hi - lo) / count
  const step = [1, 2, 5, 10].map((m) => m * 10 ** Math.floor(Math.log10(raw))).find((s) => s >= raw) ?? raw
  const out: Array<number> = []
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6)
  return out
}

type MeanSd = Cell<readonly [number, number]>

interface Point {
  /** 0: baseline, 1: 3 months, 2: 6 months. */
  readonly k: number
  readonly n: number
  readonly mean: number
  readonly sd: number
}

interface Panel {
  readonly title: string
  readonly max: number
  /** The time points whose mean ± SD was computed. */
  readonly points: ReadonlyArray<Point>
}

/** Figure 1: NRS, VAS and ODI at baseline, 3 and 6 months, mean with 95 % CI, one panel each. */
export const outcomesFigure = (r: Report): Figure => {
  const cov = r.coverage
  const pts = (
    s: { baseline: MeanSd; m3: MeanSd; m6: MeanSd },
    c: { baseline: number; m3: number; m6: number }
  ): Array<Point> =>
    (["baseline", "m3", "m6"] as const).flatMap((t, k) => {
      const cell = s[t]
      return cell._tag === "Computed" ? [{ k, n: c[t], mean: cell.value[0], sd: cell.value[1] }] : []
    })
  const panels: Array<Panel> = [
    { title: "NRS (0–10)", max: 10, points: pts(r.table2.nrs, cov.table2.nrs) },
    { title: "VAS (mm)", max: 100, points: pts(r.table2.vas, cov.table2.vas) },
    { title: "ODI (%)", max: 100, points: pts(r.table3.odi, cov.table3.odi) }
  ]
  const [pw, ph, top, left] = [220, 200, 30, 40]
  const shapes: Array<Shape> = []
  panels.forEach((p, i) => {
    const x0 = i * (pw + 20) + left
    const y = (v: number) => top + ph - (v / p.max) * ph
    const x = (k: number) => x0 + 30 + k * ((pw - 60) / 2)
    shapes.push(text(x0 + pw / 2 - 20, 16, p.title, "middle", 12))
    shapes.push(line(x0, top, x0, top + ph), line(x0, top + ph, x0 + pw - 40, top + ph))
    for (const t of ticks(0, p.max))
      shapes.push(line(x0 - 4, y(t), x0, y(t)), text(x0 - 6, y(t) + 4, String(t), "end", 10))
    for (const [k, label] of ["Baseline", "3 months", "6 months"].entries())
      shapes.push(text(x(k), top + ph + 16, label, "middle", 10))
    p.points.forEach((q, j) => {
      const before = p.points[j - 1]
      if (before !== undefined && before.k === q.k - 1)
        shapes.push(line(x(before.k), y(before.mean), x(q.k), y(q.mean), blue, 1.5))
      const { lo, hi } = ci(q.n, q.mean, q.sd)
      shapes.push(
        line(x(q.k), y(lo), x(q.k), y(hi), blue, 1.5),
        line(x(q.k) - 5, y(lo), x(q.k) + 5, y(lo), blue, 1.5),
        line(x(q.k) - 5, y(hi), x(q.k) + 5, y(hi), blue, 1.5),
        { kind: "circle", cx: x(q.k), cy: y(q.mean), r: 3.5, color: blue }
      )
    })
  })
  return {
    title: "NRS, VAS and ODI over time: mean with 95% confidence interval",
    width: 3 * (pw + 20) + left,
    height: top + ph + 30,
    shapes
  }
}

interface Subgroup {
  readonly group: string
  readonly n: number
  readonly m: MeanSd
}

/** The rows of a family of subgroups whose reduction was computed, the first carrying the family and its p. */
const family = (name: string, p: Cell<number | string>, groups: ReadonlyArray<Subgroup>) =>
  groups
    .flatMap((g) => (g.m._tag === "Computed" ? [{ group: g.group, n: g.n, m: g.m.value }] : []))
    .map((g, i) => ({ ...g, family: i === 0 ? name : "", p: i === 0 ? p : null, ...ci(g.n, g.m[0], g.m[1]) }))

/** Figure 2: the forest plot of the NRS reduction at 6 months by subgroup (Tables 8–10), mean with 95 % CI. */
export const forestFigure = (r: Report): Figure => {
  const c = r.coverage
  const [t8, t9, t10] = [r.table8, r.table9, r.table10]
  const rows = [
    ...family("Sex", t8.p.reductionM6, [
      { group: "Female", n: c.table8.female.reductionM6, m: t8.female.reductionM6 },
      { group: "Male", n: c.table8.male.reductionM6, m: t8.male.reductionM6 }
    ]),
    ...family("Age", t9.p.reductionM6, [
      { group: "< 55 years", n: c.table9.under55.reductionM6, m: t9.under55.reductionM6 },
      { group: "≥ 55 years", n: c.table9.atLeast55.reductionM6, m: t9.atLeast55.reductionM6 }
    ]),
    ...family("Baseline NRS", t10.p.reductionM6, [
      { group: "NRS 5–6", n: c.table10.nrs5to6.reductionM6, m: t10.nrs5to6.reductionM6 },
      { group: "NRS 7–8", n: c.table10.nrs7to8.reductionM6, m: t10.nrs7to8.reductionM6 },
      { group: "NRS 9–10", n: c.table10.nrs9to10.reductionM6, m: t10.nrs9to10.reductionM6 }
    ])
  ]
  const finite = rows.flatMap((x) => [x.lo, x.hi]).filter(Number.isFinite)
  const [lo, hi] = [Math.floor(Math.min(0, ...finite)), Math.ceil(Math.max(0, ...finite))]
  const [x0, x1, top, step] = [210, 520, 40, 28]
  const x = (v: number) => x0 + ((v - lo) / (hi - lo || 1)) * (x1 - x0)
  const bottom = top + rows.length * step
  const shapes: Array<Shape> = [
    text(10, 20, "Subgroup", "start", 12),
    text(150, 20, "n", "middle", 12),
    text((x0 + x1) / 2, 20, "NRS reduction at 6 months (95% CI)", "middle", 12),
    text(600, 20, "P", "middle", 12),
    line(x(0), top - 10, x(0), bottom, grey),
    line(x0, bottom, x1, bottom)
  ]
  for (const t of ticks(lo, hi, 6))
    shapes.push(line(x(t), bottom, x(t), bottom + 4), text(x(t), bottom + 16, String(t), "middle", 10))
  rows.forEach((row, i) => {
    const y = top + i * step + step / 2
    if (row.family !== "") shapes.push(text(10, y - 9, row.family, "start", 10))
    shapes.push(text(20, y + 4, row.group, "start", 11), text(150, y + 4, String(row.n)))
    if (row.p?._tag === "Computed") shapes.push(text(600, y + 4, String(row.p.value)))
    if (Number.isFinite(row.m[0]))
      shapes.push(line(x(row.lo), y, x(row.hi), y, blue, 1.5), {
        kind: "rect",
        x: x(row.m[0]) - 4,
        y: y - 4,
        w: 8,
        h: 8,
        color: blue
      })
  })
  return {
    title: "NRS reduction at 6 months by subgroup: mean with 95% confidence interval",
    width: 640,
    height: bottom + 26,
    shapes
  }
}
