import type { AuditQuery } from "@cryoreg/contract"
import { query } from "@solidjs/router"
import { client } from "./client"

/** The administrator's cached reads, revalidated by key after each of their writes. */
export const getUsers = query(() => client.listUsers({}), "users")
export const getAudit = query((q: AuditQuery) => client.listAudit({ query: q }), "audit")
