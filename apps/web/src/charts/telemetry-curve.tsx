import { createEffect, type JSX, onCleanup, onMount, untrack } from "solid-js"
import uPlot from "uplot"
import "uplot/dist/uPlot.min.css"
import { locale, num, t } from "../i18n"

// Tall enough for the temperature axis's title ("temperatura końcówki (°C)") beside the plotting area.
const height = 360

const palette = ["#0b5cad", "#e07b00", "#5b8c3a", "#a4161a", "#6a3d9a", "#00798c", "#8c564b"]

/**
 * The probe's tip temperature over device time, one line per lesion, drawn by uPlot (canvas, fast enough
 * for 10 Hz telemetry). `data` is uPlot's aligned columns: time, then one column per lesion.
 */
export function TelemetryCurve(props: {
  readonly data: () => Array<Array<number | null>>
  readonly targetC: number
}): JSX.Element {
  let host!: HTMLDivElement
  let chart: uPlot | undefined
  let lines = 0
  let language: string | undefined
  const make = (data: Array<Array<number | null>>) => {
    chart?.destroy()
    lines = data.length - 1
    const width = Math.max(200, host.clientWidth || 800)
    chart = new uPlot(
      {
        width,
        height,
        scales: { x: { time: false }, y: { range: [-90, 40] } },
        axes: [{ label: t("live.axis.time") }, { label: t("live.axis.temperature") }],
        series: [
          { label: t("live.axis.t"), value: (_: uPlot, v: number | null) => num(v, 1) },
          ...Array.from({ length: lines }, (_, k) => ({
            label: t("live.lesion", { n: k + 1 }),
            stroke: palette[k % palette.length] ?? "#0b5cad",
            width: 2,
            spanGaps: false,
            value: (_: uPlot, v: number | null) => num(v, 1)
          }))
        ],
        hooks: {
          draw: [
            (u: uPlot) => {
              const y = u.valToPos(props.targetC, "y", true)
              u.ctx.save()
              u.ctx.strokeStyle = "#4f5b69"
              u.ctx.setLineDash([6, 4])
              u.ctx.beginPath()
              u.ctx.moveTo(u.bbox.left, y)
              u.ctx.lineTo(u.bbox.left + u.bbox.width, y)
              u.ctx.stroke()
              u.ctx.restore()
            }
          ]
        }
      },
      data as uPlot.AlignedData,
      host
    )
  }
  onMount(() => {
    // The chart follows its container's width (it may be drawn before the page's layout has settled).
    if (typeof ResizeObserver !== "undefined") {
      const observer = new ResizeObserver(() => {
        const width = Math.max(200, Math.floor(host.clientWidth))
        if (chart !== undefined && host.clientWidth > 0 && chart.width !== width)
          chart.setSize({ width, height })
      })
      observer.observe(host)
      onCleanup(() => observer.disconnect())
    }
    createEffect(() => {
      const data = props.data()
      // uPlot keeps its labels: a new language draws the chart anew.
      const now = locale()
      if (chart === undefined || data.length - 1 !== lines || now !== language) {
        language = now
        untrack(() => make(data))
      } else chart.setData(data as uPlot.AlignedData)
    })
  })
  onCleanup(() => chart?.destroy())
  return (
    <figure class="chart" aria-label={t("live.curveLabel", { target: num(props.targetC) })}>
      <div ref={host} data-testid="telemetry-curve" />
    </figure>
  )
}
