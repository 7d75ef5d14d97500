import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { describe, expect, it } from "vitest"

const run = promisify(execFile)
const root = fileURLToPath(new URL("..", import.meta.url))
const cli = (...args: Array<string>) =>
  run("pnpm", ["exec", "tsx", "--conditions=@cryoreg/source", "src/main.ts", ...args], { cwd: root })

describe("device-sim CLI", () => {
  it("prints its usage with --help and exits 0", async () => {
    const { stdout } = await cli("--help")
    expect(stdout).toContain("Usage:")
    expect(stdout).toContain("device-sim run")
  })

  it("refuses an unknown command with a non-zero exit and a hint", async () => {
    await expect(cli("explode")).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("unknown command")
    })
  })

  it("simulates one short cycle quickly and prints telemetry", async () => {
    const { stdout } = await cli("run", "--cycles", "1", "--freeze-seconds", "5", "--speed", "1000")
    expect(stdout).toContain("cycle 1")
    expect(stdout).toMatch(/tip +-?\d+\.\d °C/)
  })
})

describe("device-sim run --summary", () => {
  it("prints one line per cycle with the coldest temperature", async () => {
    const { stdout } = await cli(
      "run",
      "--cycles",
      "2",
      "--freeze-seconds",
      "5",
      "--speed",
      "1000",
      "--summary"
    )
    const lines = stdout.trim().split("\n")
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^cycle 1: 5 s freeze, coldest -\d+\.\d °C/)
  })
})

describe("device-sim report", () => {
  it("prints Tables 1–10 as JSON whose counts come from the generated records", async () => {
    const { stdout } = await cli("report", "--json", "--seed", "2")
    const out = JSON.parse(stdout)
    expect(out.seed).toBe(2)
    expect(out.report.table1.female.n + out.report.table1.male.n).toBe(107)
    expect(out.comparison.length).toBeGreaterThan(100)
  }, 30_000)

  it("refuses a cohort size that is not an integer of at least 20", async () => {
    await expect(cli("report", "--n", "ten")).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--n must be an integer ≥ 20, got "ten"')
    })
  })
})
