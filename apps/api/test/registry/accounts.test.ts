import { makeClient } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, type Registry, raw, refusal, startRegistry } from "../support/registry.js"

const waw = Model.CenterId.make("waw")
const strong = "lantern-quarry-bicycle-47"

describe.each(dialects)("the administrator's accounts on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind)
  })
  afterAll(() => registry?.close())

  const signIn = (username: string, password: string) =>
    registry.anonymous.login({ body: { username, password } })
  const as = (token: string) => makeClient({ baseUrl: registry.url, token })
  const create = (username: string, role: "coordinator" | "clinician" = "coordinator") =>
    registry.as.admin.createUser({
      body: { username, displayName: `Test ${username}`, role, centerId: waw, password: strong }
    })

  it("lists a created account with its role and center, active and to change the password the admin chose", async () => {
    const user = await create("coordinator-list")
    const listed = (await registry.as.admin.listUsers({})).items.find((u) => u.id === user.id)
    expect(listed).toMatchObject({ username: "coordinator-list", role: "coordinator", centerId: "waw" })
    expect(listed?.active).toBe(true)
    expect(listed?.mustChangePassword).toBe(true)
    // Its first sign-in may change that password and nothing else, as after a reset.
    const first = await signIn("coordinator-list", strong)
    expect(first.user.mustChangePassword).toBe(true)
    const blocked = await refusal(as(first.token).listPatients({ query: {} }))
    expect(blocked.error).toBe("PasswordChangeRequired")
    // Its own center's name is read before the change (the header names the center, not its code): only its own.
    const centers = await as(first.token).listCenters({})
    expect(centers.items.map((c) => c.id)).toEqual(["waw"])
    expect(centers.items[0]?.name).not.toBe("waw")
    const own = "walnut-meadow-copper-82"
    await as(first.token).changePassword({ body: { currentPassword: strong, newPassword: own } })
    const changed = await signIn("coordinator-list", own)
    expect(changed.user.mustChangePassword).toBe(false)
    expect((await as(changed.token).listPatients({ query: {} })).items).toBeDefined()
    const other = await refusal(registry.as["coordinator-waw"].listUsers({}))
    expect(other.status).toBe(403)
  })

  it("deactivation ends the account's sessions and refuses its sign-in until reactivated, audited", async () => {
    const user = await create("coordinator-leaving")
    const session = await signIn("coordinator-leaving", strong)
    expect((await as(session.token).me({})).user.id).toBe(user.id)
    const deactivated = await registry.as.admin.deactivateUser({ params: { id: user.id } })
    expect(deactivated.active).toBe(false)
    expect((await refusal(as(session.token).me({}))).status).toBe(401)
    expect((await refusal(signIn("coordinator-leaving", strong))).status).toBe(401)
    const reactivated = await registry.as.admin.reactivateUser({ params: { id: user.id } })
    expect(reactivated.active).toBe(true)
    expect((await signIn("coordinator-leaving", strong)).user.id).toBe(user.id)
    const trail = await registry.as.admin.listAudit({ query: { entity: "user", entityId: user.id } })
    expect(trail.items.map((r) => r.action)).toEqual(
      expect.arrayContaining(["create", "deactivate", "reactivate"])
    )
  })

  it("refuses an administrator deactivating their own account, and an unknown account", async () => {
    const me = (await registry.as.admin.me({})).user
    const self = await refusal(registry.as.admin.deactivateUser({ params: { id: me.id } }))
    expect(self.status).toBe(400)
    expect(self.message).toMatch(/your own account/)
    expect((await refusal(registry.as.admin.deactivateUser({ params: { id: "nobody" } }))).status).toBe(404)
    expect((await registry.as.admin.me({})).user.active).toBe(true)
  })

  it("a reset gives a one-time password that must be changed before anything else", async () => {
    const user = await create("clinician-forgot", "clinician")
    const old = await signIn("clinician-forgot", strong)
    const { password } = await registry.as.admin.resetPassword({ params: { id: user.id } })
    expect(password).toMatch(/^[A-Za-z2-9]{18}$/)
    expect((await refusal(as(old.token).me({}))).status).toBe(401)
    expect((await refusal(signIn("clinician-forgot", strong))).status).toBe(401)
    const once = await signIn("clinician-forgot", password)
    expect(once.user.mustChangePassword).toBe(true)
    const client = as(once.token)
    expect((await client.me({})).user.mustChangePassword).toBe(true)
    const blocked = await refusal(client.listPatients({ query: {} }))
    expect(blocked.status).toBe(403)
    expect(blocked.error).toBe("PasswordChangeRequired")
    // A weak new password is refused with the policy's words and changes nothing.
    const weak = await refusal(
      client.changePassword({ body: { currentPassword: password, newPassword: "clinician-forgot1" } })
    )
    expect(weak.status).toBe(400)
    expect(weak.issues[0]?.path).toEqual(["newPassword"])
    expect(weak.issues[0]?.message).toMatch(/user name/)
    expect((await client.me({})).user.mustChangePassword).toBe(true)
    await client.changePassword({ body: { currentPassword: password, newPassword: `${strong}-mine` } })
    const after = await signIn("clinician-forgot", `${strong}-mine`)
    expect(after.user.mustChangePassword).toBe(false)
    expect((await as(after.token).listPatients({ query: {} })).items.length).toBeGreaterThan(0)
    const reset = await registry.as.admin.listAudit({ query: { entityId: user.id, action: "reset" } })
    expect(reset.items).toHaveLength(1)
    expect(JSON.stringify(reset.items[0])).not.toContain(password)
  })

  it("every user changes their own password; the wrong current one is refused", async () => {
    await create("coordinator-own")
    const client = as((await signIn("coordinator-own", strong)).token)
    const wrong = await refusal(
      client.changePassword({ body: { currentPassword: "not-the-password", newPassword: `${strong}-2` } })
    )
    expect(wrong.status).toBe(401)
    await client.changePassword({ body: { currentPassword: strong, newPassword: `${strong}-2` } })
    expect((await refusal(signIn("coordinator-own", strong))).status).toBe(401)
    expect((await signIn("coordinator-own", `${strong}-2`)).user.username).toBe("coordinator-own")
  })

  it("keeps each user's language on the server, for every later sign-in; only pl or en", async () => {
    await create("clinician-polish", "clinician")
    const client = as((await signIn("clinician-polish", strong)).token)
    expect((await client.me({})).user.locale).toBeNull()
    expect((await client.updateProfile({ body: { locale: "pl" } })).locale).toBe("pl")
    expect((await signIn("clinician-polish", strong)).user.locale).toBe("pl")
    const bad = await raw(registry, "admin", "PATCH", "/api/auth/me", { locale: "de" })
    expect(bad.status).toBe(400)
    expect(bad.json.issues?.[0]?.path).toEqual(["locale"])
    expect((await registry.as.admin.me({})).user.locale).toBeNull()
  })

  it("revoking an account's sessions ends them at once", async () => {
    const user = await create("coordinator-revoked")
    const session = await signIn("coordinator-revoked", strong)
    await registry.as.admin.revokeSessions({ params: { id: user.id } })
    expect((await refusal(as(session.token).me({}))).status).toBe(401)
  })

  it("adds and renames a center with checked fields; the id stays", async () => {
    const added = await registry.as.admin.createCenter({
      body: { id: Model.CenterId.make("krk"), name: "Kraków University Hospital", city: "Kraków" }
    })
    expect(added.name).toBe("Kraków University Hospital")
    const renamed = await registry.as.admin.renameCenter({
      params: { id: Model.CenterId.make("krk") },
      body: { name: "Kraków Pain Clinic", city: "Kraków" }
    })
    expect(renamed).toMatchObject({ id: "krk", name: "Kraków Pain Clinic" })
    const listed = (await registry.as.admin.listCenters({})).items.find((c) => c.id === "krk")
    expect(listed?.name).toBe("Kraków Pain Clinic")
    const blank = await raw(registry, "admin", "PATCH", "/api/centers/krk", { name: "", city: "Kraków" })
    expect(blank.status).toBe(400)
    expect(blank.json.issues?.[0]?.path).toEqual(["name"])
    const unknown = await raw(registry, "admin", "PATCH", "/api/centers/nowhere", { name: "X", city: "Y" })
    expect(unknown.status).toBe(404)
    expect(
      (await raw(registry, "coordinator-waw", "PATCH", "/api/centers/waw", { name: "X", city: "Y" })).status
    ).toBe(403)
    const duplicate = await refusal(
      registry.as.admin.createCenter({ body: { id: waw, name: "Again", city: "Warszawa" } })
    )
    expect(duplicate.status).toBe(409)
    const history = await registry.as.admin.listAudit({
      query: { entity: "center", entityId: "krk", action: "correct" }
    })
    expect(history.items[0]?.before).toMatchObject({ name: "Kraków University Hospital" })
    expect(history.items[0]?.after).toMatchObject({ name: "Kraków Pain Clinic" })
  })

  it("filters the audit trail by user, patient, action and dates, a page at a time", async () => {
    const patient = (await registry.as.admin.listPatients({ query: { limit: 1 } })).items[0]!.id
    const ofPatient = await registry.as.admin.listAudit({ query: { patient, limit: 500 } })
    expect(ofPatient.items.length).toBeGreaterThan(1)
    expect(ofPatient.items.every((r) => r.patientId === patient)).toBe(true)
    const logins = await registry.as.admin.listAudit({ query: { user: "coordinator-waw", action: "login" } })
    expect(logins.items.length).toBeGreaterThan(0)
    expect(logins.items.every((r) => r.username === "coordinator-waw" && r.action === "login")).toBe(true)
    const first = await registry.as.admin.listAudit({ query: { limit: 2 } })
    const second = await registry.as.admin.listAudit({ query: { limit: 2, cursor: first.nextCursor! } })
    expect(second.items[0]!.id).not.toBe(first.items[1]!.id)
    expect(Number(second.items[0]!.id)).toBeLessThan(Number(first.items[1]!.id))
    const future = await registry.as.admin.listAudit({ query: { from: "2999-01-01" } })
    expect(future.items).toHaveLength(0)
    const badAction = await raw(registry, "admin", "GET", "/api/audit?action=dance")
    expect(badAction.status).toBe(400)
  })

  it("downloads the filtered trail as CSV: header row, RFC 4180 quoting, no formula runs", async () => {
    await registry.as.admin.createCenter({
      body: { id: Model.CenterId.make("evil"), name: '=HYPERLINK("x"), "quoted"', city: "Line\nbreak" }
    })
    const csv = await raw(registry, "admin", "GET", "/api/audit/audit.csv?entity=center&entityId=evil")
    expect(csv.status).toBe(200)
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/)
    const lines = csv.text.split("\r\n")
    expect(lines[0]).toBe(
      "at,username,userId,action,entity,entityId,patientId,centerId,reason,outcome,address,onBehalfOf,before,after"
    )
    expect(lines).toHaveLength(3) // header, one record, the final line break
    // The JSON of the center is one quoted field, its quotes doubled, its line break kept inside the quotes.
    expect(lines[1]).toContain(",create,center,evil,")
    expect(lines[1]).toContain('""name"":""=HYPERLINK(\\""x\\""), \\""quoted\\""""')
    // A cell starting as a formula is written as text.
    await refusal(signIn("=SUM(1+2)", "wrong password"))
    const formula = await raw(registry, null, "GET", "/api/auth/me")
    expect(formula.status).toBe(401)
    const tried = await raw(
      registry,
      "admin",
      "GET",
      `/api/audit/audit.csv?action=login&user=${encodeURIComponent("=SUM(1+2)")}`
    )
    const row = tried.text.split("\r\n")[1]!
    expect(row.split(",")[1]).toBe("'=SUM(1+2)")
    const named = await raw(
      registry,
      "admin",
      "GET",
      "/api/audit/audit.csv?entity=center&entityId=evil&action=correct"
    )
    expect(named.text.split("\r\n")).toHaveLength(2)
    expect((await raw(registry, "coordinator-waw", "GET", "/api/audit/audit.csv")).status).toBe(403)
  })
})
