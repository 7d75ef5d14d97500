import type { ServerStatus as Status } from "@cryoreg/domain"
import { createResource, type JSX, Match, Switch } from "solid-js"

const formatUptime = (seconds: number): string => {
  if (seconds < 60) return `${Math.floor(seconds)} s`
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min`
  return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`
}

const databaseLabel = { sqlite: "SQLite (embedded file)", postgresql: "PostgreSQL" } as const

/** Shows whether the API is up, its version, database and uptime. */
export function ServerStatus(props: { readonly load: () => Promise<Status> }): JSX.Element {
  const [status, { refetch }] = createResource(() => props.load())
  return (
    <section class="card" aria-labelledby="server-status-title">
      <h2 id="server-status-title">Server</h2>
      <Switch>
        <Match when={status.error}>
          <p role="alert" class="bad">
            API unavailable: {(status.error as Error).message}
          </p>
          <button type="button" onClick={() => refetch()}>
            Try again
          </button>
        </Match>
        <Match when={status()}>
          {(s) => (
            <dl data-testid="server-status">
              <dt>Status</dt>
              <dd class={s().database.ok ? "good" : "bad"}>
                {s().database.ok ? "online" : "database unreachable"}
              </dd>
              <dt>Version</dt>
              <dd>{s().version}</dd>
              <dt>Database</dt>
              <dd>{databaseLabel[s().database.kind]}</dd>
              <dt>Uptime</dt>
              <dd>{formatUptime(s().uptimeSeconds)}</dd>
            </dl>
          )}
        </Match>
        <Match when={status.loading}>
          <p>Contacting the API…</p>
        </Match>
      </Switch>
    </section>
  )
}
