import type { JSX } from "solid-js"
import { fetchServerStatus } from "./api"
import { ServerStatus } from "./components/server-status"

/** The dashboard's first page. */
export function App(): JSX.Element {
  return (
    <>
      <header>
        <h1>cryoreg</h1>
        <p class="subtitle">Registry for cryoneurolysis of the sacral lateral branches</p>
      </header>
      <main>
        <ServerStatus load={() => fetchServerStatus()} />
      </main>
    </>
  )
}
