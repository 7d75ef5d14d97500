import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { makeClient } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { RunningServer } from "../../src/server.js"
import { eligibleScreening, newPatient, positiveBlock, procedure } from "../support/inputs.js"
import { password, type Registry, startRegistry } from "../support/registry.js"
import { startSqliteServer, tempDataDir } from "../support/server.js"
import { runCli } from "./cli.js"
import { verifyVisits } from "./crash/Verify.js"
import { VisitWorker } from "./crash/Visits.js"

const patients = ["WAW-0901", "WAW-0902", "WAW-0903", "WAW-0904"]

describe("online backup of the SQLite database and its restore", () => {
  let registry: Registry
  let restored: RunningServer | undefined
  const folder = tempDataDir()
  beforeAll(async () => {
    registry = await startRegistry("sqlite", { demo: false })
    const api = registry.as.admin
    await api.createCenter({ body: { id: Model.CenterId.make("waw"), name: "Warsaw", city: "Warsaw" } })
    for (const id of patients) {
      const pid = Model.PatientId.make(id)
      await api.createPatient({ body: newPatient(id) })
      await api.createScreening({ params: { id: pid }, body: eligibleScreening })
      await api.createBlock({ params: { id: pid }, body: positiveBlock })
      await api.createProcedure({ params: { id: pid }, body: procedure })
    }
  })
  afterAll(async () => {
    await restored?.close()
    await registry?.close()
  })

  it("backs up while visits are written, restores into an empty folder and finds every acknowledged write", async () => {
    const writer = new VisitWorker("backup load", patients)
    let stop = false
    const load = writer.run(registry.url, registry.tokens.admin, () => stop)
    while (writer.log.length < 60) await new Promise((r) => setTimeout(r, 10))
    const started = writer.log.length
    const ackedAtStart = writer.log.map((w) => w.outcome === "acked")
    const file = join(tempDataDir(), "registry-backup.sqlite")
    const backup = await runCli("backup", [file], { CRYOREG_DATA_DIR: registry.dataDir! })
    const ended = writer.log.length
    stop = true
    await load
    expect(backup.stderr).toBe("")
    expect(backup.code).toBe(0)
    expect(backup.stdout).toContain("4 patients, integrity ok")
    expect(ended).toBeGreaterThan(started) // the server kept writing during the backup

    const restore = await runCli("restore", [file], { CRYOREG_DATA_DIR: folder })
    expect(restore.code).toBe(0)
    restored = await startSqliteServer(folder)
    const url = restored.url.replace("localhost", "127.0.0.1")
    const token = (await makeClient({ baseUrl: url }).login({ body: { username: "admin", password } })).token
    // What the backup must hold: writes acknowledged before it began; those sent while it ran may or may not.
    const expected = new VisitWorker("backup load", patients)
    writer.log.slice(0, ended).forEach((w, i) => {
      expected.log.push({ ...w, outcome: i < started && ackedAtStart[i] ? "acked" : "unknown" })
    })
    const checked = await verifyVisits(url, token, expected)
    console.log(
      `backup: ${checked} writes acknowledged before the backup found in the restore; ${ended - started} written during it`
    )
    expect(checked).toBeGreaterThanOrEqual(started - 1)
  })

  it("refuses a non-empty data folder, a missing file and unknown options in one line, without a stack trace", async () => {
    const busy = tempDataDir()
    mkdirSync(busy, { recursive: true })
    writeFileSync(join(busy, "notes.txt"), "someone's file")
    const cases = [
      { name: "restore", args: [join(folder, "cryoreg.sqlite")], dir: busy, code: 1, says: "not empty" },
      {
        name: "restore",
        args: ["/no/such/backup.sqlite"],
        dir: tempDataDir(),
        code: 1,
        says: "no backup file"
      },
      { name: "backup", args: ["--to", "x"], dir: folder, code: 2, says: "unknown option --to" },
      { name: "backup", args: [], dir: folder, code: 2, says: "name the backup file" },
      {
        name: "backup",
        args: [join(tempDataDir(), "b.sqlite")],
        dir: tempDataDir(),
        code: 1,
        says: "no database"
      }
    ] as const
    for (const c of cases) {
      const answer = await runCli(c.name, c.args, { CRYOREG_DATA_DIR: c.dir })
      expect(answer.code, `${c.name} ${c.args.join(" ")}`).toBe(c.code)
      expect(answer.stderr).toContain(c.says)
      expect(answer.stderr).not.toMatch(/\n\s+at /)
      expect(answer.stderr.trim().split("\n").length).toBeLessThanOrEqual(2)
    }
  })
})
