import autocannon from "autocannon"
import { positiveBlock } from "../test/support/inputs.js"
import { type ServerProcess, startServerProcess } from "./Server.js"

/** A telemetry server (telemetryServe.ts) in its own Node process. */
export type Served = ServerProcess

/** Starts `telemetryServe.ts <kind> <dataDir> [full|normal]` and waits for its URL. */
export const serveProcess = (
  kind: "api" | "bare",
  dataDir: string,
  env: Record<string, string>,
  synchronous: "full" | "normal" = "full"
): Promise<Served> => startServerProcess([kind, dataDir, synchronous], env, "telemetryServe.ts")

/** The procedure a connection posts to: its path, its token, and its next sequence number. */
export interface Target {
  readonly id: string
  readonly token: string
  next: number
}

/** A batch of `n` samples from `seq` on (10 Hz, a freeze's temperatures). */
export const batchFrom = (seq: number, n: number) =>
  JSON.stringify({
    samples: Array.from({ length: n }, (_, i) => ({
      t: (seq + i) / 10,
      tipTemperatureC: -70 - ((seq + i) % 9),
      pressureBar: 55.5,
      seq: seq + i
    }))
  })

/** What one ingest run measured. */
export interface IngestResult {
  readonly samplesPerSecond: number
  readonly p50: number
  readonly p99: number
  readonly failed: number
  /** Server CPU per stored batch (ms), when given the server's CPU clock. */
  readonly cpuPerBatch: number
}

/**
 * Posts 50-sample batches from `connections` connections for `seconds`, over more procedures than
 * connections (sequence numbers increase per procedure, as a device sends them). Bounded in time.
 */
export const ingest = async (
  url: string,
  targets: ReadonlyArray<Target>,
  connections: number,
  seconds: number,
  cpuMs: () => number = () => 0,
  batch = 50
): Promise<IngestResult> => {
  // A request takes a procedure no other request has in flight and gives it back with its answer, so each
  // procedure's batches arrive one after the other with increasing sequence numbers, as from one device.
  const free = [...targets]
  const cpu0 = cpuMs()
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request, context: { target?: Target }) => {
          const target = free.shift()
          if (target === undefined) throw new Error("more requests in flight than procedures")
          context.target = target
          const body = batchFrom(target.next, batch)
          target.next += batch
          return {
            ...request,
            method: "POST",
            path: `/api/procedures/${target.id}/telemetry`,
            headers: { authorization: `Bearer ${target.token}`, "content-type": "application/json" },
            body
          }
        },
        onResponse: (_status, _body, context: { target?: Target }) => {
          if (context.target !== undefined) free.push(context.target)
        }
      }
    ]
  })
  const ok = result["2xx"]
  if (result.non2xx + result.errors + result.timeouts > 0)
    console.log(
      `    (non-2xx by status: ${JSON.stringify(result.statusCodeStats)}, errors ${result.errors}, timeouts ${result.timeouts})`
    )
  return {
    samplesPerSecond: (ok * batch) / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    cpuPerBatch: (cpuMs() - cpu0) / Math.max(1, ok)
  }
}

/** The environment of the bench's API server: the admin password and the demo data (clinician-waw). */
export const benchEnv = { CRYOREG_ADMIN_PASSWORD: "telemetry-bench-password", CRYOREG_DEMO: "1" }

/** How the setup requests are sent: `fetch`, or an app's in-process `request`. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>

export const json = async (
  url: string,
  method: string,
  token: string | null,
  body?: unknown,
  fetcher: Fetcher = fetch
) => {
  const response = await fetcher(url, {
    method,
    headers: {
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { "content-type": "application/json" })
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`)
  // biome-ignore lint/suspicious/noExplicitAny: setup answers, read field by field.
  return (await response.json()) as Record<string, any>
}

/** Opens `n` live procedures on new eligible patients of Warsaw; answers their device tokens. */
export const openProcedures = async (
  url: string,
  clinician: string,
  n: number,
  fetcher: Fetcher = fetch
): Promise<Array<Target>> => {
  const post = (path: string, body: unknown) => json(`${url}${path}`, "POST", clinician, body, fetcher)
  const targets: Array<Target> = []
  for (let i = 0; i < n; i++) {
    const id = `WAW-B${String(i).padStart(4, "0")}`
    const exclusions = Object.fromEntries(
      [
        "acuteOrProgressiveRadiculopathy",
        "nerveRootCompressionRequiringSurgery",
        "inflammatorySacroiliitis",
        "priorSijFusion",
        "coagulationDisorder",
        "activeInfection",
        "pregnancy",
        "severeSystemicDisease"
      ].map((k) => [k, "no"])
    )
    await post(`/api/patients`, {
      id,
      sex: "male",
      birthYear: 1970,
      centerId: "waw",
      treatedSide: "right"
    })
    await post(`/api/patients/${id}/screening`, {
      date: "2026-03-02",
      painDurationMonths: 14,
      baselineNrs: 7,
      conservativeCareFailedMonths: 6,
      imagingDone: true,
      exclusions
    })
    await post(`/api/patients/${id}/blocks`, positiveBlock)
    const opened = await post(`/api/patients/${id}/procedure/live`, {
      side: "right",
      lesionsPerSide: 7,
      deviceSerial: `BENCH-${i}`,
      operator: "Bench",
      date: "2026-11-30"
    })
    targets.push({ id: opened.procedure.id, token: opened.deviceToken, next: 0 })
  }
  return targets
}
