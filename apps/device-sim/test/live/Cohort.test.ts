import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type ApiProcess, freePort, freshDataDir, signIn, startApi } from "../support/api.js"
import { cli, clientOf } from "./support.js"

let api: ApiProcess
beforeAll(async () => {
  api = await startApi({ dataDir: freshDataDir(), port: await freePort(), demo: false })
}, 120_000)
afterAll(async () => {
  await api?.stop()
})

describe("device-sim cohort against a real API", () => {
  it("loads the demo registry through the routes and runs a live procedure for the waiting list", async () => {
    const token = await signIn(api.url, "admin")
    const out = await cli(["cohort", "--api", api.url, "--token", token, "--live", "1", "--json"])
    expect(out.stderr).toBe("")
    expect(out.code).toBe(0)
    const summary = JSON.parse(out.stdout.trim().split("\n").at(-1)!)
    expect(summary).toMatchObject({
      patients: 131,
      loaded: 131,
      treated: 107,
      ineligible: 18,
      awaitingProcedure: 6
    })
    expect(summary.liveProcedures).toHaveLength(1)
    const admin = clientOf(api.url, token)
    const report = await admin.report({})
    expect(report.n).toBeGreaterThanOrEqual(107)
    const procedure = await admin.getLiveProcedure({ params: { id: summary.liveProcedures[0].id } })
    expect(procedure.phase).toBe("Completed")
    expect(procedure.deviations).toEqual([])
    const again = await cli(["cohort", "--api", api.url, "--token", token, "--live", "0", "--json"])
    expect(JSON.parse(again.stdout.trim().split("\n").at(-1)!)).toMatchObject({
      loaded: 0,
      alreadyThere: 131
    })
  }, 120_000)
})
