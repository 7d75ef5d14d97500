import type { ServerStatus as Status } from "@cryoreg/domain"
import { createResource, type JSX, Match, Switch } from "solid-js"
import { t } from "../i18n"

const formatUptime = (seconds: number): string => {
  if (seconds < 60) return t("shell.server.seconds", { n: Math.floor(seconds) })
  if (seconds < 3600) return t("shell.server.minutes", { n: Math.floor(seconds / 60) })
  return t("shell.server.hours", { h: Math.floor(seconds / 3600), m: Math.floor((seconds % 3600) / 60) })
}

/** Shows whether the API is up, its version, database and uptime. */
export function ServerStatus(props: { readonly load: () => Promise<Status> }): JSX.Element {
  const [status, { refetch }] = createResource(() => props.load())
  return (
    <section class="card" aria-labelledby="server-status-title">
      <h2 id="server-status-title">{t("shell.server.title")}</h2>
      <Switch>
        <Match when={status.error}>
          <p role="alert" class="bad">
            {t("shell.server.unavailable", { reason: (status.error as Error).message })}
          </p>
          <button type="button" onClick={() => refetch()}>
            {t("shell.server.tryAgain")}
          </button>
        </Match>
        <Match when={status()}>
          {(s) => (
            <dl data-testid="server-status">
              <dt>{t("shell.server.status")}</dt>
              <dd class={s().database.ok ? "good" : "bad"}>
                {s().database.ok ? t("shell.server.online") : t("shell.server.databaseDown")}
              </dd>
              <dt>{t("shell.server.version")}</dt>
              <dd>{s().version}</dd>
              <dt>{t("shell.server.database")}</dt>
              <dd>{t(`shell.server.${s().database.kind}`)}</dd>
              <dt>{t("shell.server.uptime")}</dt>
              <dd>{formatUptime(s().uptimeSeconds)}</dd>
            </dl>
          )}
        </Match>
        <Match when={status.loading}>
          <p>{t("shell.server.contacting")}</p>
        </Match>
      </Switch>
    </section>
  )
}
