import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type ApiProcess, freePort, freshDataDir, signIn, startApi } from "../support/api.js"
import { cli, clientOf, clinicianOf, waitingList } from "./support.js"

const root = fileURLToPath(new URL("../..", import.meta.url))
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url))

let api: ApiProcess
beforeAll(async () => {
  api = await startApi({ dataDir: freshDataDir(), port: await freePort(), demo: true })
}, 120_000)
afterAll(async () => {
  await api?.stop()
})

/** The real CLI, running; `onOutput` is called with the whole stdout as it grows. */
const running = (args: ReadonlyArray<string>, onOutput: (stdout: string) => void) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(tsx, ["--conditions=@cryoreg/source", "src/main.ts", ...args], {
      cwd: root,
      env: { ...process.env, CRYOREG_TOKEN: "" },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString()
      onOutput(stdout)
    })
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.once("exit", (code) => resolve({ code, stdout, stderr }))
  })

describe("device-sim procedure against a real API: a procedure aborted in the dashboard, a flag without its value", () => {
  it("says the procedure was aborted in the registry and that there is nothing to resume, not to sign in again", async () => {
    const patient = waitingList[1]!
    const client = clientOf(api.url, await signIn(api.url, clinicianOf(patient)))
    const created = await client.createLiveProcedure({
      params: { id: patient.id },
      body: {
        side: patient.treatedSide,
        lesionsPerSide: 7,
        deviceSerial: "SIM-A13-ABRT",
        operator: "the dashboard",
        date: "2026-12-01"
      }
    })
    const id = created.procedure.id
    const join = ["procedure", "--join", id, "--token", created.deviceToken, "--api", api.url]
    let aborted: Promise<unknown> | null = null
    const run = await running([...join, "--speed", "20"], (stdout) => {
      // the dashboard aborts it while the probe is at the first lesion
      if (aborted === null && stdout.includes("lesion 1/"))
        aborted = client.abortLiveProcedure({ params: { id }, body: { reason: "the patient felt unwell" } })
    })
    expect(aborted).not.toBeNull()
    const { endedAt } = (await aborted!) as { endedAt: string }
    expect(run.code).toBe(1)
    const lines = run.stderr.trim().split("\n")
    expect(lines).toHaveLength(1)
    expect(lines[0]).toBe(
      `device-sim: procedure ${id} was aborted in the registry at ${endedAt.slice(0, 19).replace("T", " ")} UTC: it has ended and there is nothing to resume (its device token ended with it); to treat the patient, open a new procedure (in the dashboard, or device-sim procedure --patient ID)`
    )
    expect(run.stderr).not.toMatch(/401|sign in again|resume with/)

    // joined again afterwards: the same sentence, with the device token and with a staff token
    const again = await cli(join)
    expect(again.code).toBe(1)
    expect(again.stderr).toBe(`${lines[0]}\n`)
    const staff = await cli([
      ...join.slice(0, 4),
      await signIn(api.url, clinicianOf(patient)),
      ...join.slice(5)
    ])
    expect(staff.code).toBe(1)
    expect(staff.stderr).toContain(`procedure ${id} was aborted in the registry`)
    // and nothing was posted after the abort
    expect((await client.getLiveProcedure({ params: { id } })).procedure.mode).toBe("aborted")
  }, 120_000)

  it("--join, or any flag of any command, given without its value says which flag needs what value", async () => {
    const token = await signIn(api.url, clinicianOf(waitingList[0]!))
    for (const [args, line] of [
      [
        ["procedure", "--token", token, "--api", api.url, "--join"],
        "--join needs the id of the live procedure to join, e.g. --join prc-…"
      ],
      [
        ["procedure", "--join", "--token", token, "--api", api.url],
        "--join needs the id of the live procedure to join, e.g. --join prc-…"
      ],
      [
        ["procedure", "--patient", "--token", token, "--api", api.url],
        "--patient needs the patient's pseudonymous id, e.g. --patient WAW-0064"
      ],
      [
        ["cohort", "--token", token, "--api", api.url, "--live"],
        "--live needs the number of live procedures to run, e.g. --live 3"
      ],
      [
        ["run", "--freeze-seconds"],
        "--freeze-seconds needs the seconds of each freeze, e.g. --freeze-seconds 120"
      ],
      [
        ["report", "--n", "--json"],
        "--n needs the number of patients in the synthetic cohort, at least 20, e.g. --n 107"
      ]
    ] as const) {
      const run = await cli(args)
      expect(run.code, args.join(" ")).toBe(2)
      expect(run.stderr).toBe(`device-sim: ${line}\n`)
      expect(run.stderr).not.toMatch(/ambiguous|argument missing|parseArgs/)
    }
  }, 120_000)
})
