import type { Model } from "@cryoreg/domain"
import { Protocol } from "@cryoreg/domain"
import { A } from "@solidjs/router"
import { createResource, type JSX, lazy, Show, Suspense } from "solid-js"
import { client } from "../api/client"
import { t } from "../i18n"
import { curveColumns } from "../live/live-view"

const TelemetryCurve = lazy(() =>
  import("../charts/telemetry-curve").then((m) => ({ default: m.TelemetryCurve }))
)

/** The samples and lesion starts of a device-driven procedure (the same id as its record), as the curve draws them. */
const load = async (id: Model.ProcedureId) => {
  const [state, telemetry] = await Promise.all([
    client.getLiveProcedure({ params: { id } }),
    client.getTelemetry({ params: { id }, query: { maxPoints: 4000 } })
  ])
  const starts = state.lesions.flatMap((l) => (l.cycles[0] === undefined ? [] : [l.cycles[0].startedAt]))
  return {
    id,
    mode: state.procedure.mode,
    columns: curveColumns(telemetry.samples, starts),
    total: telemetry.total
  }
}

/** For a procedure a probe drove: its tip-temperature curve per lesion and the way to its live page. */
export function ProcedureTelemetry(props: { readonly procedure: Model.ProcedureId }): JSX.Element {
  const [data] = createResource(() => props.procedure, load)
  return (
    <Show when={data()}>
      {(d) => (
        <div>
          <h3>{t("procedure.telemetry.title")}</h3>
          <p>
            <A href={`/procedures/${encodeURIComponent(d().id)}/live`}>
              {d().mode === "live" ? t("procedure.telemetry.watch") : t("procedure.telemetry.openLive")}
            </A>{" "}
            <span class="muted">{t("procedure.telemetry.samples", { n: d().total })}</span>
          </p>
          <Suspense>
            <TelemetryCurve data={() => d().columns} targetC={Protocol.study.cryo.targetTemperatureC} />
          </Suspense>
        </div>
      )}
    </Show>
  )
}
