import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { makeClient } from "@cryoreg/contract"

/** The password of the first accounts of every API these tests start. */
export const password = "device-sim-test-password"

const apiDir = fileURLToPath(new URL("../../../api", import.meta.url))
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url))

/** A port nothing listens on now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

/** A fresh folder for an API's SQLite file. */
export const freshDataDir = () => mkdtempSync(join(tmpdir(), "device-sim-api-"))

/** A real API process (apps/api from its sources) on 127.0.0.1 with its SQLite file in `dataDir`. */
export interface ApiProcess {
  readonly url: string
  readonly child: ChildProcess
  /** Resolves when the process has exited. */
  readonly exited: Promise<void>
  readonly stop: (signal?: NodeJS.Signals) => Promise<void>
}

const startOnce = async (options: {
  readonly dataDir: string
  readonly port: number
  readonly demo: boolean
}): Promise<ApiProcess> => {
  const { DATABASE_URL: _, ...inherited } = process.env
  const child = spawn(tsx, ["--conditions=@cryoreg/source", "src/main.ts"], {
    cwd: apiDir,
    env: {
      ...inherited,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      CRYOREG_DATA_DIR: options.dataDir,
      CRYOREG_ADMIN_PASSWORD: password,
      CRYOREG_DEMO: options.demo ? "1" : "0"
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: tsx runs the server in a child process, and a SIGKILL must reach both.
    detached: true
  })
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  let output = ""
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes("cryoreg is running")) resolve()
    }
    child.stdout?.on("data", onData)
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once("exit", (code) => reject(new Error(`the API exited (${code}) before it was up:\n${output}`)))
  })
  return {
    url: `http://127.0.0.1:${options.port}`,
    child,
    exited,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, signal)
        } catch {
          child.kill(signal)
        }
      }
      await exited
    }
  }
}

/** A bearer token for a first-start account. */
export const signIn = async (url: string, username: string): Promise<string> =>
  (await makeClient({ baseUrl: url }).login({ body: { username, password } })).token

/** Starts the API as its own process and waits until it says it is running (retrying while the port is still held). */
export const startApi = async (options: {
  readonly dataDir: string
  readonly port: number
  readonly demo: boolean
}): Promise<ApiProcess> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options)
    } catch (error) {
      if (attempt >= 10 || !String(error).includes("EADDRINUSE")) throw error
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
}
