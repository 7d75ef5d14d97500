import type { Analysis } from "@cryoreg/domain"
import * as Stats from "@cryoreg/stats"
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

interface Panel {
  readonly title: string
  readonly max: number
  readonly points: ReadonlyArray<{ readonly n: number; readonly mean: number; readonly sd: number }>
}

/** Figure 1: NRS, VAS and ODI at baseline, 3 and 6 months, mean with 95 % CI, one panel each. */
export const outcomesFigure = (r: Report): Figure => {
  const cov = r.coverage
  const pts = (
    s: { baseline: readonly [number, number]; m3: readonly [number, number]; m6: readonly [number, number] },
    c: { baseline: number; m3: number; m6: number }
  ) => (["baseline", "m3", "m6"] as const).map((k) => ({ n: c[k], mean: s[k][0], sd: s[k][1] }))
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
    const cis = p.points.map((q) => ci(q.n, q.mean, q.sd))
    p.points.forEach((q, k) => {
      if (k > 0) shapes.push(line(x(k - 1), y(p.points[k - 1]!.mean), x(k), y(q.mean), blue, 1.5))
      shapes.push(
        line(x(k), y(cis[k]!.lo), x(k), y(cis[k]!.hi), blue, 1.5),
        line(x(k) - 5, y(cis[k]!.lo), x(k) + 5, y(cis[k]!.lo), blue, 1.5),
        line(x(k) - 5, y(cis[k]!.hi), x(k) + 5, y(cis[k]!.hi), blue, 1.5),
        { kind: "circle", cx: x(k), cy: y(q.mean), r: 3.5, color: blue },
        text(x(k), top + ph + 16, ["Baseline", "3 months", "6 months"][k]!, "middle", 10)
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

/** Figure 2: the forest plot of the NRS reduction at 6 months by subgroup (Tables 8–10), mean with 95 % CI. */
export const forestFigure = (r: Report): Figure => {
  const c = r.coverage
  const rows = [
    {
      family: "Sex",
      group: "Female",
      n: c.table8.female.reductionM6,
      m: r.table8.female.reductionM6,
      p: r.table8.p.reductionM6
    },
    { family: "", group: "Male", n: c.table8.male.reductionM6, m: r.table8.male.reductionM6, p: null },
    {
      family: "Age",
      group: "< 55 years",
      n: c.table9.under55.reductionM6,
      m: r.table9.under55.reductionM6,
      p: r.table9.p.reductionM6
    },
    {
      family: "",
      group: "≥ 55 years",
      n: c.table9.atLeast55.reductionM6,
      m: r.table9.atLeast55.reductionM6,
      p: null
    },
    {
      family: "Baseline NRS",
      group: "NRS 5–6",
      n: c.table10.nrs5to6.reductionM6,
      m: r.table10.nrs5to6.reductionM6,
      p: r.table10.p.reductionM6
    },
    {
      family: "",
      group: "NRS 7–8",
      n: c.table10.nrs7to8.reductionM6,
      m: r.table10.nrs7to8.reductionM6,
      p: null
    },
    {
      family: "",
      group: "NRS 9–10",
      n: c.table10.nrs9to10.reductionM6,
      m: r.table10.nrs9to10.reductionM6,
      p: null
    }
  ].map((row) => ({ ...row, ...ci(row.n, row.m[0], row.m[1]) }))
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
    if (row.p !== null) shapes.push(text(600, y + 4, String(row.p)))
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
