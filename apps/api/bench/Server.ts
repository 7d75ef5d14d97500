import { type ChildProcess, spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { createInterface } from "node:readline"

/** A server running in a child process (serve.ts, or another bench server script). */
export interface ServerProcess {
  readonly url: string
  /** CPU time the server process has used so far (user + system), ms; from /proc, so Linux only. */
  readonly cpuMs: () => number
  readonly stop: () => Promise<void>
}

// utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
const cpuOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")
  return (Number(fields[11]) + Number(fields[12])) * 10
}

const benchDir = new URL(".", import.meta.url).pathname

/**
 * Starts `script` (default `serve.ts`, beside this file) with `args` in its own Node process and waits for the
 * `{"url": …}` line it prints. With `CRYOREG_BENCH_PROFILE=<dir>` the server runs under `--cpu-prof` and
 * writes its profile there on stop.
 */
export const startServerProcess = (
  args: ReadonlyArray<string>,
  env: Record<string, string> = {},
  script = "serve.ts"
): Promise<ServerProcess> => {
  const profile = process.env.CRYOREG_BENCH_PROFILE
  const flags = profile === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${profile}`]
  const child: ChildProcess = spawn(
    process.execPath,
    [...flags, "--conditions=@cryoreg/source", "--import", "tsx", `${benchDir}${script}`, ...args],
    { cwd: `${benchDir}..`, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] }
  )
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
