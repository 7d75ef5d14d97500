import { Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Database from "../../src/Database.js"
import { type RunningServer, startServer } from "../../src/server.js"
import { freshDatabase } from "../support/postgres.js"
import { tempDataDir } from "../support/server.js"
import { call, eligiblePatient, login, openProcedure, send, sevenLevels, textbookPosts } from "./support.js"

// A first start without CRYOREG_ADMIN_PASSWORD: the printed password is generated, and must be changed.
const start = async (kind: "sqlite" | "postgresql") => {
  delete process.env.CRYOREG_ADMIN_PASSWORD
  const pg = kind === "postgresql" ? await freshDatabase() : null
  const database = pg === null ? Database.sqlite(tempDataDir()) : Database.postgresql(Redacted.make(pg.url))
  const server = await startServer({ port: 0, host: "127.0.0.1", database })
  return { server, drop: async () => pg?.drop() }
}

describe.each(["sqlite", "postgresql"] as const)("first-start passwords and device accounts (%s)", (kind) => {
  let server: RunningServer
  let drop: () => Promise<void>
  beforeAll(async () => {
    ;({ server, drop } = await start(kind))
  })
  afterAll(async () => {
    await server.close()
    await drop()
  })

  it("a generated first-start password signs in only to be changed", async () => {
    const generated = server.bootstrapped.generatedPassword
    expect(generated).toMatch(/^[A-Za-z2-9]{18}$/)
    const signedIn = await call(server, "POST", "/api/auth/login", undefined, {
      username: "coordinator-waw",
      password: generated
    })
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.user.mustChangePassword).toBe(true)
    const token = signedIn.body.token as string
    expect((await call(server, "GET", "/api/auth/me", token)).status).toBe(200)
    const refused = await call(server, "GET", "/api/patients", token)
    expect(refused.status).toBe(403)
    expect(refused.body.error).toBe("PasswordChangeRequired")
    // `login` changes it (see support.ts); the new password opens the registry.
    const fresh = await login(server, "coordinator-waw")
    expect((await call(server, "GET", "/api/patients", fresh)).status).toBe(200)
    expect((await call(server, "GET", "/api/auth/me", fresh)).body.user.mustChangePassword).toBe(false)
  })

  const deviceOf = async (admin: string, procedureId: string) =>
    (await call(server, "GET", "/api/users", admin)).body.items.find(
      (u: { username: string }) => u.username === `device.${procedureId}`
    )

  it("deactivates a procedure's device account when the procedure completes, or is aborted", async () => {
    const admin = await login(server, "admin")
    const clinician = await login(server, "clinician-waw")
    const completed = await openProcedure(server, clinician, await eligiblePatient(server, clinician))
    expect((await deviceOf(admin, completed.id)).active).toBe(true)
    await send(server, completed.deviceToken, completed.id, textbookPosts(sevenLevels))
    expect((await deviceOf(admin, completed.id)).active).toBe(false)
    const aborted = await openProcedure(server, clinician, await eligiblePatient(server, clinician))
    expect((await deviceOf(admin, aborted.id)).active).toBe(true)
    const abort = await call(server, "POST", `/api/procedures/${aborted.id}/abort`, clinician, {
      reason: "the probe failed its self-test"
    })
    expect(abort.status).toBe(200)
    const device = await deviceOf(admin, aborted.id)
    expect(device.active).toBe(false)
    // Its token is refused as the token of an ended procedure, and the account cannot be brought back.
    expect((await call(server, "GET", "/api/auth/me", aborted.deviceToken)).status).toBe(410)
    const back = await call(server, "POST", `/api/users/${device.id}/reactivate`, admin)
    expect(back.status).toBe(400)
  })
})
