import { createEffect, createSignal, type JSX, onCleanup, onMount } from "solid-js"

/**
 * Mounts a chart drawn by Observable Plot (`draw(width)` returns `Plot.plot(...)`) at the width of its
 * container, and redraws it when the data it reads or the width change. The figure is labelled for screen
 * readers; its numbers are in the table beside it.
 */
export function PlotFigure(props: {
  readonly label: string
  readonly draw: (width: number) => SVGSVGElement | HTMLElement
  readonly maxWidth?: number
}): JSX.Element {
  let host!: HTMLDivElement
  const [width, setWidth] = createSignal(640)
  onMount(() => {
    const measure = () => {
      const w = Math.floor(host.clientWidth)
      if (w > 0) setWidth(Math.min(w, props.maxWidth ?? 1200))
    }
    measure()
    if (typeof ResizeObserver === "undefined") return
    const observer = new ResizeObserver(measure)
    observer.observe(host)
    onCleanup(() => observer.disconnect())
  })
  createEffect(() => {
    const figure = props.draw(width())
    // The figure is one image to assistive technology: Plot's labels on inner groups would be prohibited ARIA.
    for (const inner of figure.querySelectorAll("[aria-label], [aria-description]")) {
      inner.removeAttribute("aria-label")
      inner.removeAttribute("aria-description")
    }
    figure.setAttribute("role", "img")
    figure.setAttribute("aria-label", props.label)
    host.replaceChildren(figure)
    onCleanup(() => figure.remove())
  })
  return <div class="chart" ref={host} />
}
