import type { AuditExportQuery, AuditQuery, AuditRecord, User } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { type Action, action, type CustomResponse, json, query, reload } from "@solidjs/router"
import type { Input } from "./actions"
import { client } from "./client"
import { getCenters } from "./queries"

/** The administrator's cached reads, revalidated by key after each of their writes. */
export const getUsers = query(() => client.listUsers({}), "users")
export const getAudit = query((q: AuditQuery) => client.listAudit({ query: q }), "audit")

/** Every record of the audit trail the filter matches, newest first, read 500 at a time (a file holds them all). */
export const readWholeAudit = async (q: AuditExportQuery): Promise<ReadonlyArray<AuditRecord>> => {
  const records: Array<AuditRecord> = []
  let cursor: string | undefined
  do {
    const page = await client.listAudit({
      query: { ...q, limit: 500, ...(cursor === undefined ? {} : { cursor }) }
    })
    records.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor !== undefined)
  return records
}

type Saved<A> = Promise<CustomResponse<A>>
type AccountAct = "deactivateUser" | "reactivateUser" | "revokeSessions"

/** One act on an account (deactivate, reactivate, end its sessions) as a router action; the users are stale. */
const accountAct = (name: AccountAct): Action<[id: User["id"]], CustomResponse<never>> =>
  action(async (id: User["id"]): Saved<never> => {
    await client[name]({ params: { id } })
    return reload({ revalidate: getUsers.key })
  }, name)

export const deactivateUser = accountAct("deactivateUser")
export const reactivateUser = accountAct("reactivateUser")
export const revokeSessions = accountAct("revokeSessions")

/** Resets an account's password: answers the one-time password, once. */
export const resetPassword: Action<[id: User["id"]], CustomResponse<{ readonly password: string }>> = action(
  async (id: User["id"]) => {
    const { password } = await client.resetPassword({ params: { id } })
    return json({ password }, { revalidate: getUsers.key })
  },
  "resetPassword"
)

/** Creates a staff account. */
export const createUser: Action<[input: Input<"createUser">], CustomResponse<User>> = action(
  async (input: Input<"createUser">) => json(await client.createUser(input), { revalidate: getUsers.key }),
  "createUser"
)

/** Adds a center, or renames the center `renaming` (its code stays); the centers' names are stale everywhere. */
export const saveCenter: Action<
  [renaming: Model.CenterId | undefined, center: Input<"createCenter">["body"]],
  CustomResponse<Model.Center>
> = action(async (renaming: Model.CenterId | undefined, center: Input<"createCenter">["body"]) => {
  const saved =
    renaming === undefined
      ? await client.createCenter({ body: center })
      : await client.renameCenter({
          params: { id: renaming },
          body: { name: center.name, city: center.city }
        })
  return json(saved, { revalidate: getCenters.key })
}, "saveCenter")
