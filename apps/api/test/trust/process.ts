import { type ChildProcess, spawn } from "node:child_process"
import { createServer } from "node:net"
import { fileURLToPath } from "node:url"
import { password } from "../support/registry.js"

const apiDir = fileURLToPath(new URL("../..", import.meta.url))

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

/** Where a spawned API keeps its data: an SQLite folder or a PostgreSQL URL. */
export type Store = { readonly dataDir: string } | { readonly databaseUrl: string }

/** The API as its own process (`node --import tsx src/main.ts`), its output so far, and how to end it. */
export interface ApiProcess {
  readonly url: string
  readonly child: ChildProcess
  /** Everything it wrote to stdout. */
  readonly stdout: () => string
  readonly kill: (signal?: NodeJS.Signals) => Promise<void>
}

/** Spawns the API on a free port of 127.0.0.1 and waits until it says it is running. */
export const spawnApi = async (store: Store, env: Record<string, string> = {}): Promise<ApiProcess> => {
  const port = await freePort()
  const { DATABASE_URL: _, CRYOREG_DATA_DIR: __, ...inherited } = process.env
  // Node itself with tsx as a loader (not the tsx CLI, which runs the server in a child of its own and
  // would leave it running when SIGKILLed).
  const child = spawn(process.execPath, ["--conditions=@cryoreg/source", "--import", "tsx", "src/main.ts"], {
    cwd: apiDir,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: "127.0.0.1",
      CRYOREG_ADMIN_PASSWORD: password,
      CRYOREG_DEMO: "0",
      ...("dataDir" in store ? { CRYOREG_DATA_DIR: store.dataDir } : { DATABASE_URL: store.databaseUrl }),
      ...env
    },
    stdio: ["ignore", "pipe", "pipe"]
  })
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  let stdout = ""
  let stderr = ""
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (stdout.includes("cryoreg is running")) {
        clearInterval(poll)
        resolve()
      }
    }, 20)
    child.once("exit", (code) => {
      clearInterval(poll)
      reject(new Error(`the API exited (${code}) before it was up:\n${stdout}\n${stderr}`))
    })
  })
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stdout: () => stdout,
    kill: async (signal = "SIGKILL") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
    }
  }
}
