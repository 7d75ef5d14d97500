import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { type Model, Protocol } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { stepsOf } from "../procedure/support.js"
import { type ApiProcess, freePort, freshDataDir, signIn, startApi } from "../support/api.js"
import { clientOf, clinicianOf, expectWholeTelemetry, waitingList } from "./support.js"

const repository = fileURLToPath(new URL("../../../..", import.meta.url))
const lesionsPerSide = Protocol.study.cryo.lesionsPerSide.max

let api: ApiProcess
beforeAll(async () => {
  api = await startApi({ dataDir: freshDataDir(), port: await freePort(), demo: true })
}, 120_000)
afterAll(async () => {
  await api?.stop()
})

interface Finished {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * `pnpm sim …` at the repository root in its own process group; with `interrupt`, the group gets that signal
 * (as a terminal's Ctrl-C does) once the run prints `interrupt.at`.
 */
const pnpmSim = (
  args: ReadonlyArray<string>,
  interrupt?: { readonly signal: NodeJS.Signals; readonly at: string }
) =>
  new Promise<Finished>((resolve) => {
    const child = spawn("pnpm", ["sim", ...args], {
      cwd: repository,
      env: { ...process.env, CRYOREG_TOKEN: "" },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    let sent = false
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString()
      if (interrupt !== undefined && !sent && stdout.includes(interrupt.at)) {
        sent = true
        process.kill(-child.pid!, interrupt.signal)
      }
    })
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.once("exit", (code) => resolve({ code, stdout, stderr }))
  })

/** The one line an interrupted run prints on stderr: the command that resumes it, after `pnpm sim`. */
const resumeLineOf = (stderr: string): string => {
  const lines = stderr.trim().split("\n")
  expect(lines).toHaveLength(1)
  const match = /resume with: pnpm sim (.+)$/.exec(lines[0]!)
  expect(match).not.toBeNull()
  return match![1]!
}

/** The arguments of a resume line with the token put back where it says `<device token>` or `<your token>`. */
const argsOf = (line: string, token: string) => line.replace(/<(device|your) token>/, token).split(" ")

const simulationOf = (side: Model.TreatedSide, seed = 1) => ({ side, lesionsPerSide, seed })
const eventsOf = (side: Model.TreatedSide) =>
  stepsOf(simulationOf(side)).filter((s) => s.kind === "event").length
const samplesOf = (side: Model.TreatedSide) =>
  stepsOf(simulationOf(side)).filter((s) => s.kind === "tick" && s.sample !== null).length

describe("device-sim procedure --join against a real API", () => {
  it("joins a procedure opened with a staff token; Ctrl-C (SIGINT) sends what it holds, exits 130 and says how to resume; the resumed run completes it, every event and sample once", async () => {
    const patient = waitingList[0]!
    const client = clientOf(api.url, await signIn(api.url, clinicianOf(patient)))
    const created = await client.createLiveProcedure({
      params: { id: patient.id },
      body: {
        side: patient.treatedSide,
        lesionsPerSide,
        deviceSerial: "SIM-A13-JOIN",
        operator: "the dashboard",
        date: "2026-12-01"
      }
    })
    const id = created.procedure.id
    const device = created.deviceToken
    const join = ["procedure", "--join", id, "--token", device, "--api", api.url, "--speed", "200"]
    const interrupted = await pnpmSim(join, { signal: "SIGINT", at: "lesion 3/" })
    expect(interrupted.code).toBe(130)
    expect(interrupted.stdout).toContain(`joined live procedure ${id} for patient ${patient.id}`)
    expect(interrupted.stdout).toContain("nothing stored yet, starting")
    const resume = resumeLineOf(interrupted.stderr)
    expect(resume).toBe(`procedure --join ${id} --token <device token> --api ${api.url} --speed 200`)
    expect(interrupted.stdout + interrupted.stderr).not.toContain(device)
    const midway = await client.getLiveProcedure({ params: { id } })
    expect(midway.phase).not.toBe("Completed")
    expect(midway.lesions.length).toBeGreaterThanOrEqual(2)
    expect(midway.lesions.length).toBeLessThan(lesionsPerSide)
    expect(midway.nextEventIndex).toBeGreaterThan(0)

    const resumed = await pnpmSim(argsOf(resume, device))
    expect(resumed.stderr).toBe("")
    expect(resumed.code).toBe(0)
    expect(resumed.stdout).toContain(
      `${midway.nextEventIndex} events and ${midway.lastSeq! + 1} samples already stored`
    )
    const state = await client.getLiveProcedure({ params: { id } })
    expect(state.phase).toBe("Completed")
    expect(state.lesions).toHaveLength(lesionsPerSide)
    expect(state.nextEventIndex).toBe(eventsOf(patient.treatedSide))
    expect(state.deviations).toEqual([])
    await expectWholeTelemetry(client, id, samplesOf(patient.treatedSide))

    // The device token ended with its procedure (issue 19, item 9); a staff token finds nothing left to send.
    const refused = await pnpmSim(join)
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim()).toMatch(
      new RegExp(`^device-sim: procedure ${id} was completed in the registry at .*nothing to resume`)
    )
    expect(refused.stderr).not.toContain("401")
    const staffToken = await signIn(api.url, clinicianOf(patient))
    const again = await pnpmSim(["procedure", "--join", id, "--token", staffToken, "--api", api.url])
    expect(again.code).toBe(0)
    expect(again.stdout).toContain("nothing left to send")
    expect((await client.getLiveProcedure({ params: { id } })).samples).toBe(state.samples)
  }, 180_000)

  it("opens on the patient's treated side when --side is not given; SIGTERM exits 143; another seed cannot resume it, the same run does", async () => {
    const patient = waitingList.find((p) => p.treatedSide === "left" && p !== waitingList[0])!
    const token = await signIn(api.url, clinicianOf(patient))
    const client = clientOf(api.url, token)
    const open = ["procedure", "--patient", patient.id, "--token", token, "--api", api.url, "--speed", "200"]
    const stopped = await pnpmSim(open, { signal: "SIGTERM", at: "lesion 2/" })
    expect(stopped.code).toBe(143)
    const resume = resumeLineOf(stopped.stderr)
    expect(resume).toMatch(/^procedure --join \S+ --token <your token> --api /)
    expect(stopped.stdout + stopped.stderr).not.toContain(token)
    const id = resume.split(" ")[2]! as Model.ProcedureId
    const midway = await client.getLiveProcedure({ params: { id } })
    expect(midway.procedure.side).toBe("left")
    expect(midway.procedure.lesionsPerSide).toBe(lesionsPerSide)
    expect(midway.phase).not.toBe("Completed")

    const withToken = argsOf(resume, token)
    const otherSeed = await pnpmSim([...withToken, "--seed", "2"])
    expect(otherSeed.code).toBe(1)
    expect(otherSeed.stderr.trim().split("\n")).toEqual([
      expect.stringContaining(`device-sim: cannot resume procedure ${id} with this run`)
    ])
    expect((await client.getLiveProcedure({ params: { id } })).nextEventIndex).toBe(midway.nextEventIndex)

    const resumed = await pnpmSim([...withToken, "--speed", "max"])
    expect(resumed.code).toBe(0)
    const state = await client.getLiveProcedure({ params: { id } })
    expect(state.phase).toBe("Completed")
    expect(state.nextEventIndex).toBe(eventsOf("left"))
    await expectWholeTelemetry(client, id, samplesOf("left"))
  }, 180_000)

  it("--join with an unknown procedure id: one sentence on stderr saying what to check, exit 1, the API's own words not repeated", async () => {
    const token = await signIn(api.url, clinicianOf(waitingList[0]!))
    const run = await pnpmSim(["procedure", "--join", "prc-nope", "--token", token, "--api", api.url])
    expect(run.code).toBe(1)
    const lines = run.stderr.trim().split("\n")
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`no procedure "prc-nope" at ${api.url}: check the id`)
    expect(lines[0]).not.toMatch(/\(no procedure/)
  }, 60_000)

  it("a crash (SIGKILL, nothing flushed): the same --join command resumes from what the API holds, no gap, no duplicate", async () => {
    const patient = waitingList.find(
      (p) => p.treatedSide === "right" && p.centerId === waitingList[0]!.centerId
    )!
    const client = clientOf(api.url, await signIn(api.url, clinicianOf(patient)))
    const created = await client.createLiveProcedure({
      params: { id: patient.id },
      body: {
        side: "right",
        lesionsPerSide,
        deviceSerial: "SIM-A13-KILL",
        operator: "the dashboard",
        date: "2026-12-01"
      }
    })
    const id = created.procedure.id
    const join = ["procedure", "--join", id, "--token", created.deviceToken, "--api", api.url, "--json"]
    const crashed = await pnpmSim([...join, "--speed", "200"], { signal: "SIGKILL", at: '"lesion":3,' })
    expect(crashed.code).toBeNull()
    const midway = await client.getLiveProcedure({ params: { id } })
    expect(midway.phase).not.toBe("Completed")
    const resumed = await pnpmSim([...join, "--speed", "max"])
    expect(resumed.stderr).toBe("")
    expect(resumed.code).toBe(0)
    const lines = resumed.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(lines[0].resume.nextEventIndex).toBe(midway.nextEventIndex)
    const events = lines.filter((l) => l.type === "event").map((l) => l.index)
    expect(events[0]).toBe(midway.nextEventIndex)
    expect(events).toEqual(Array.from({ length: events.length }, (_, i) => midway.nextEventIndex + i))
    const state = await client.getLiveProcedure({ params: { id } })
    expect(state.phase).toBe("Completed")
    expect(state.nextEventIndex).toBe(eventsOf("right"))
    expect(lines.at(-1)).toMatchObject({ type: "done", phase: "Completed", deviations: [] })
    await expectWholeTelemetry(client, id, samplesOf("right"))
  }, 180_000)
})
