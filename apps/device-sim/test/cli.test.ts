import { execFile } from "node:child_process"
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { describe, expect, it } from "vitest"

const run = promisify(execFile)
const root = fileURLToPath(new URL("..", import.meta.url))
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url))
const cli = (...args: Array<string>) =>
  run(tsx, ["--conditions=@cryoreg/source", "src/main.ts", ...args], { cwd: root })

describe("device-sim CLI", () => {
  it("prints its usage with --help and exits 0", async () => {
    const { stdout } = await cli("--help")
    expect(stdout).toContain("Usage:")
    expect(stdout).toContain("device-sim run")
    expect(stdout).toContain("device-sim procedure")
    expect(stdout).toContain("device-sim cohort")
  })

  it("says in one line, without a stack trace, that the installed bin has nothing built to run", async () => {
    const bin = join(mkdtempSync(join(tmpdir(), "device-sim-bin-")), "bin")
    mkdirSync(bin)
    copyFileSync(join(root, "bin", "device-sim.js"), join(bin, "device-sim.js"))
    const failed = await run(process.execPath, [join(bin, "device-sim.js"), "--help"]).catch((e) => e)
    expect(failed).toMatchObject({ code: 1 })
    expect(failed.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^device-sim: not built yet: run `pnpm build`/)
    ])
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
    expect(out.report.table1.female.n.value + out.report.table1.male.n.value).toBe(107)
    expect(out.comparison.length).toBeGreaterThan(100)
  }, 30_000)

  it("refuses a cohort size that is not an integer of at least 20", async () => {
    await expect(cli("report", "--n", "ten")).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        '--n must be a whole number from 20 to 10000 (patients in the synthetic cohort; the study had 107), got "ten"'
      )
    })
  })
})

/** Runs the CLI expecting failure; returns its exit code and stderr. */
const failing = async (args: ReadonlyArray<string>, env: NodeJS.ProcessEnv = {}) => {
  try {
    await run(tsx, ["--conditions=@cryoreg/source", "src/main.ts", ...args], {
      cwd: root,
      env: { ...process.env, CRYOREG_TOKEN: "", ...env }
    })
  } catch (error) {
    const e = error as { code: number; stderr: string }
    return { code: e.code, stderr: e.stderr }
  }
  throw new Error(`device-sim ${args.join(" ")} succeeded`)
}

/** One line, naming the problem, and no stack trace. */
const oneLine = (stderr: string, words: string) => {
  expect(stderr.trim().split("\n")).toHaveLength(1)
  expect(stderr).toContain(words)
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/)
}

describe("device-sim procedure: mistakes a user can make", () => {
  const down = ["procedure", "--api", "http://127.0.0.1:9", "--patient", "WAW-0001"]

  it("the API down at start: one line and exit 1", async () => {
    const { code, stderr } = await failing([...down, "--token", "t"])
    expect(code).toBe(1)
    oneLine(stderr, "cannot reach the API at http://127.0.0.1:9")
  })

  it("no token: exit 2, saying where a token comes from; CRYOREG_TOKEN is read", async () => {
    const missing = await failing(down)
    expect(missing.code).toBe(2)
    oneLine(missing.stderr, "CRYOREG_TOKEN")
    const dashed = await failing([...down, "--token", "-starts-with-a-dash"])
    expect(dashed.code).toBe(1)
    oneLine(dashed.stderr, "cannot reach the API")
    const fromEnv = await failing(down, { CRYOREG_TOKEN: "from-the-environment" })
    expect(fromEnv.code).toBe(1)
    oneLine(fromEnv.stderr, "cannot reach the API")
  })

  it("a bad flag, a bad value or an unknown fault: exit 2 with the flag named", async () => {
    const [unknown, side, fault, patient] = await Promise.all([
      failing([...down, "--token", "t", "--lesion", "7"]),
      failing([...down, "--token", "t", "--side", "middle"]),
      failing([...down, "--token", "t", "--fault", "fire"]),
      failing(["procedure", "--api", "http://127.0.0.1:9", "--token", "t", "--patient", "no such id!"])
    ])
    expect(unknown.code).toBe(2)
    oneLine(unknown.stderr, "--lesion")
    expect(side.code).toBe(2)
    oneLine(side.stderr, "--side must be left, right or bilateral")
    expect(fault.code).toBe(2)
    oneLine(fault.stderr, '--fault "fire" is not one of low-gas')
    expect(patient.code).toBe(2)
    oneLine(patient.stderr, "--patient")
  })
})

describe("an out-of-range flag through the real process", () => {
  it("exits 2 with one line naming the allowed range, never a schema (every flag: test/cli/Options.test.ts)", async () => {
    const [lesions, n] = await Promise.all([
      failing([
        "procedure",
        "--api",
        "http://127.0.0.1:9",
        "--token",
        "t",
        "--patient",
        "WAW-0001",
        "--lesions",
        "20"
      ]),
      failing(["report", "--n", "5"])
    ])
    expect(lesions.code).toBe(2)
    oneLine(
      lesions.stderr,
      '--lesions must be a whole number from 1 to 14 (lesions per treated side; the study did 6–7), got "20"'
    )
    expect(n.code).toBe(2)
    oneLine(n.stderr, "--n must be a whole number from 20 to 10000")
  })
})
