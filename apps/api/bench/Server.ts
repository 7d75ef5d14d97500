import { type ChildProcess, spawn } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { createInterface } from "node:readline"
import type { ProbeAnswer, ProbeRequest, Usage } from "./MemoryProbe.js"

/** A server running in a child process (serve.ts, or another bench server script). */
export interface ServerProcess {
  readonly url: string
  /** CPU time the server process has used so far (user + system), ms; from /proc, so Linux only. */
  readonly cpuMs: () => number
  /** The server process's resident memory now, bytes; from /proc, so Linux only. */
  readonly rssBytes: () => number
  /** Its peak resident memory since the last `resetPeak`, bytes (VmHWM). */
  readonly peakBytes: () => number
  /** Starts a new peak at the current resident memory (`/proc/<pid>/clear_refs`, as root or the owner). */
  readonly resetPeak: () => void
  /** The server's own `process.memoryUsage()` (serve.ts answers; see MemoryProbe.ts). */
  readonly memory: {
    /** Its usage after full collections (`gc()`). */
    readonly collected: () => Promise<Usage>
    /** Starts sampling its usage every `intervalMs` inside the server. */
    readonly start: (intervalMs: number) => Promise<void>
    /** Stops sampling: the peak of each figure since `start`, and how many samples were taken. */
    readonly stop: () => Promise<{ readonly peak: Usage; readonly samples: number }>
  }
  readonly stop: () => Promise<void>
}

// utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
const cpuOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")
  return (Number(fields[11]) + Number(fields[12])) * 10
}

const memoryOf = (pid: number, field: "VmRSS" | "VmHWM") => {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))
  return Number(line?.[1] ?? 0) * 1024
}

const benchDir = new URL(".", import.meta.url).pathname

/**
 * Starts `script` (default `serve.ts`, beside this file) with `args` in its own Node process and waits for the
 * `{"url": …}` line it prints. The process runs with `--expose-gc` and an IPC channel, through which
 * `memory` asks it for its memory usage (scripts that call `serveMemoryProbe`); `CRYOREG_BENCH_SERVER_FLAGS`
 * adds Node flags (`--trace-gc`). With `CRYOREG_BENCH_PROFILE=<dir>` the server runs under `--cpu-prof` and
 * writes its profile there on stop.
 */
export const startServerProcess = (
  args: ReadonlyArray<string>,
  env: Record<string, string> = {},
  script = "serve.ts"
): Promise<ServerProcess> => {
  const profile = process.env.CRYOREG_BENCH_PROFILE
  const flags = [
    "--expose-gc",
    ...(profile === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${profile}`]),
    ...(process.env.CRYOREG_BENCH_SERVER_FLAGS?.split(" ").filter((f) => f !== "") ?? [])
  ]
  const child: ChildProcess = spawn(
    process.execPath,
    [...flags, "--conditions=@cryoreg/source", "--import", "tsx", `${benchDir}${script}`, ...args],
    { cwd: `${benchDir}..`, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit", "ipc"] }
  )
  let asked = 0
  const waiting = new Map<number, (answer: ProbeAnswer) => void>()
  child.on("message", (answer: ProbeAnswer) => {
    waiting.get(answer.id)?.(answer)
    waiting.delete(answer.id)
  })
  const ask = (request: ProbeRequest) =>
    new Promise<ProbeAnswer>((resolve) => {
      waiting.set(request.id, resolve)
      child.send(request)
    })
  const memory: ServerProcess["memory"] = {
    collected: () => ask({ probe: "collected", id: ++asked }).then((a) => a.usage),
    start: (intervalMs) => ask({ probe: "start", id: ++asked, intervalMs }).then(() => {}),
    stop: () => ask({ probe: "stop", id: ++asked }).then((a) => ({ peak: a.usage, samples: a.samples }))
  }
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    const exited = (code: number | null) => reject(new Error(`server ${args.join(" ")} exited (${code})`))
    child.once("exit", exited)
    lines.on("line", (line) => {
      if (!line.startsWith('{"url"')) return void process.stderr.write(`[server] ${line}\n`)
      child.off("exit", exited)
      const { url } = JSON.parse(line) as { url: string }
      resolve({
        url,
        cpuMs: () => cpuOf(child.pid!),
        rssBytes: () => memoryOf(child.pid!, "VmRSS"),
        peakBytes: () => memoryOf(child.pid!, "VmHWM"),
        resetPeak: () => writeFileSync(`/proc/${child.pid!}/clear_refs`, "5"),
        memory,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once("exit", () => done())
            child.kill("SIGTERM")
          })
      })
    })
  })
}
