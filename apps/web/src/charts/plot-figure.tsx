import { createEffect, type JSX, onCleanup } from "solid-js"

/**
 * Mounts a chart drawn by Observable Plot (`draw` returns `Plot.plot(...)`) and redraws it when the data
 * it reads change. The figure is labelled for screen readers; its numbers are in the table beside it.
 */
export function PlotFigure(props: {
  readonly label: string
  readonly draw: () => SVGSVGElement | HTMLElement
}): JSX.Element {
  let host!: HTMLDivElement
  createEffect(() => {
    const figure = props.draw()
    figure.setAttribute("role", "img")
    figure.setAttribute("aria-label", props.label)
    host.replaceChildren(figure)
    onCleanup(() => figure.remove())
  })
  return <div class="chart" ref={host} />
}
