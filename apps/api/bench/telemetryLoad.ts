import { type ChildProcess, spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { createInterface } from "node:readline"
import autocannon from "autocannon"

/** A telemetry server (telemetryServe.ts) in its own Node process. */
export interface Served {
  readonly url: string
  /** CPU time the server process has used so far (user + system, ms; Linux /proc). */
  readonly cpuMs: () => number
  readonly stop: () => Promise<void>
}

// utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second).
const cpuOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")
  return (Number(fields[11]) + Number(fields[12])) * 10
}

const benchDir = new URL(".", import.meta.url).pathname

/** Starts `telemetryServe.ts <kind> <dataDir> [full|normal]` and waits for its URL. */
export const serveProcess = (
  kind: "api" | "bare",
  dataDir: string,
  env: Record<string, string>,
  synchronous: "full" | "normal" = "full"
) =>
  new Promise<Served>((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [
        "--conditions=@cryoreg/source",
        "--import",
        "tsx",
        `${benchDir}telemetryServe.ts`,
        kind,
        dataDir,
        synchronous
      ],
      { cwd: `${benchDir}..`, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] }
    )
    const exited = (code: number | null) => reject(new Error(`${kind} server exited (${code})`))
    child.once("exit", exited)
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (!line.startsWith('{"url"')) return
      child.off("exit", exited)
      resolve({
        url: (JSON.parse(line) as { url: string }).url,
        cpuMs: () => cpuOf(child.pid!),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once("exit", () => done())
            child.kill("SIGTERM")
          })
      })
    })
  })

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
