import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const apiDir = fileURLToPath(new URL("../..", import.meta.url))

/** Runs `src/cli/<name>.ts` as the package script does; answers its exit code and output. */
export const runCli = (
  name: "backup" | "restore",
  args: ReadonlyArray<string>,
  env: Record<string, string>
): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const { DATABASE_URL: _, ...inherited } = process.env
    const child = spawn(
      process.execPath,
      ["--conditions=@cryoreg/source", "--import", "tsx", `src/cli/${name}.ts`, ...args],
      { cwd: apiDir, env: { ...inherited, ...env }, stdio: ["ignore", "pipe", "pipe"] }
    )
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString()
    })
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString()
    })
    child.once("exit", (code) => resolve({ code, stdout, stderr }))
  })
