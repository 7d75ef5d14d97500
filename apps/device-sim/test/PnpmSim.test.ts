import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const repository = fileURLToPath(new URL("../../..", import.meta.url))
const token = "SECRET-token-never-printed-1234"

/** `pnpm sim …` at the repository root, as a user types it: its exit code and both outputs. */
const pnpmSim = (args: ReadonlyArray<string>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      "pnpm",
      ["sim", ...args],
      { cwd: repository, env: { ...process.env, CRYOREG_TOKEN: "" } },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr })
    )
  })

describe("pnpm sim at the repository root", () => {
  it("--help: exit 0, the usage on stdout, nothing on stderr", async () => {
    const out = await pnpmSim(["--help"])
    expect(out.code).toBe(0)
    expect(out.stdout.startsWith("device-sim — ")).toBe(true)
    expect(out.stderr).toBe("")
  })

  it("a usage error: exit 2 reaches the shell, one line on stderr, no echo of the command line, no token", async () => {
    const out = await pnpmSim([
      "procedure",
      "--api",
      "http://127.0.0.1:9",
      "--token",
      token,
      "--patient",
      "WAW-0064",
      "--lesions",
      "20"
    ])
    expect(out.code).toBe(2)
    expect(out.stdout).toBe("")
    expect(out.stderr.split("\n")).toEqual([
      'device-sim: --lesions must be a whole number from 1 to 14 (lesions per treated side; the study did 6–7), got "20"',
      ""
    ])
    expect(out.stdout + out.stderr).not.toContain(token)
  })

  it("a failed run: exit 1, its one line and nothing of pnpm's after it", async () => {
    const out = await pnpmSim([
      "procedure",
      "--api",
      "http://127.0.0.1:9",
      "--token",
      token,
      "--patient",
      "WAW-0064"
    ])
    expect(out.code).toBe(1)
    expect(out.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^device-sim: cannot reach the API at http:\/\/127\.0\.0\.1:9/)
    ])
    expect(out.stdout + out.stderr).not.toContain(token)
    expect(out.stderr).not.toMatch(/ELIFECYCLE|ERR_PNPM/)
  })
})
