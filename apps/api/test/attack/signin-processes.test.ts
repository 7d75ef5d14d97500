import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { freshDatabase } from "../support/postgres.js"
import { password } from "../support/registry.js"
import { type ApiProcess, spawnApi } from "../trust/process.js"
import { signIn } from "./client.js"

// Issue 19, item 12: the throttle's count lives in the database, so guesses spread over several API
// processes on one PostgreSQL database are counted together.
describe("sign-in throttling across two API processes on one PostgreSQL database", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>
  const apis: Array<ApiProcess> = []
  beforeAll(async () => {
    database = await freshDatabase()
    // One after the other: the first runs the migrations and creates the accounts.
    apis.push(await spawnApi({ databaseUrl: database.url }, { CRYOREG_REQUEST_LOG: "0" }))
    apis.push(await spawnApi({ databaseUrl: database.url }, { CRYOREG_REQUEST_LOG: "0" }))
  }, 120_000)
  afterAll(async () => {
    await Promise.all(apis.map((api) => api.kill("SIGTERM")))
    await database?.drop()
  })

  it("counts failures on either process, throttles on both, and an unlock on one lifts it on the other", async () => {
    const [a, b] = apis as [ApiProcess, ApiProcess]
    const statuses: Array<number> = []
    for (let i = 0; i < 6; i++)
      statuses.push((await signIn(i % 2 === 0 ? a.url : b.url, "admin", `wrong-${i}`)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    for (const api of [a, b]) expect((await signIn(api.url, "admin", password)).status).toBe(429)
    // The administrator signs in from another address and lifts the lock through the other process.
    const admin = await signIn(a.url, "admin", password, { from: "127.0.0.5" })
    expect(admin.status).toBe(200)
    const users = await fetch(`${a.url}/api/users`, {
      headers: { authorization: `Bearer ${admin.json.token}` }
    })
    const id = ((await users.json()) as { items: Array<{ id: string; username: string }> }).items.find(
      (u) => u.username === "admin"
    )!.id
    const unlock = await fetch(`${b.url}/api/users/${id}/unlock`, {
      method: "POST",
      headers: { authorization: `Bearer ${admin.json.token}` }
    })
    expect(unlock.status).toBe(204)
    expect((await signIn(a.url, "admin", password)).status).toBe(200)
  })
})
