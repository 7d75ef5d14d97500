import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { freePort } from "./trust/process.js"

const apiDir = fileURLToPath(new URL("..", import.meta.url))
const rootPackage = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8"))
const dataDir = mkdtempSync(join(tmpdir(), "cryoreg-shutdown-"))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

// The server started as `pnpm start` starts it: through `sh -c`, whose last command execs node.
const start = async () => {
  const port = await freePort()
  const node = `exec "${process.execPath}" --conditions=@cryoreg/source --import tsx src/main.ts`
  const child = spawn("sh", ["-c", node], {
    cwd: apiDir,
    env: { ...process.env, PORT: String(port), CRYOREG_DATA_DIR: dataDir, CRYOREG_DEMO: "0" },
    stdio: ["ignore", "pipe", "pipe"]
  })
  let out = ""
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString()
  })
  child.stderr.on("data", (chunk: Buffer) => {
    out += chunk.toString()
  })
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal }))
  )
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (out.includes("cryoreg is running")) {
        clearInterval(poll)
        resolve()
      }
    }, 20)
    void exit.then(() => {
      clearInterval(poll)
      reject(new Error(`the API exited before it was up:\n${out}`))
    })
  })
  return { child, exit, out: () => out }
}

describe("stopping the server", () => {
  it("`pnpm start` ends in `exec node …`, so a signal reaches node and not a shell that dies of it", () => {
    expect(rootPackage.scripts.start).toMatch(/&& exec node apps\/api\/dist\/main\.js$/)
  })

  it.each(["SIGINT", "SIGTERM"] as const)(
    "%s: a shutdown line and exit status 0",
    async (signal) => {
      const server = await start()
      server.child.kill(signal)
      const { code, signal: killedBy } = await server.exit
      expect(killedBy).toBeNull()
      expect(code).toBe(0)
      expect(server.out()).toContain(`cryoreg stopped (${signal})`)
      expect(server.out()).not.toMatch(/error|failed/i)
    },
    60_000
  )
})
