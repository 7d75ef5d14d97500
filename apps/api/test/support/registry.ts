import { type Client, type Issue, makeClient } from "@cryoreg/contract"
import { Redacted } from "effect"
import * as Database from "../../src/Database.js"
import { type RunningServer, startServer } from "../../src/server.js"
import { freshDatabase } from "./postgres.js"
import { tempDataDir } from "./server.js"

/** The password every first-start account gets in the tests. */
export const password = "test-password-for-the-registry"

/** The demo accounts a first start creates. */
export const accounts = [
  "admin",
  "coordinator-waw",
  "clinician-waw",
  "clinician-pila",
  "statistician"
] as const
export type Account = (typeof accounts)[number]

/** A registry server on 127.0.0.1 with the demo cohort, and a typed client per account. */
export interface Registry {
  readonly kind: "sqlite" | "postgresql"
  /** The SQLite data folder (null on PostgreSQL). */
  readonly dataDir: string | null
  /** The PostgreSQL database's URL (null on SQLite). */
  readonly pgUrl: string | null
  readonly server: RunningServer
  readonly url: string
  readonly as: Record<Account, Client>
  readonly tokens: Record<Account, string>
  /** A client with no token. */
  readonly anonymous: Client
  readonly close: () => Promise<void>
}

/** Starts a real server (SQLite file in a temp folder, or a fresh PostgreSQL database) and signs every account in. */
export const startRegistry = async (
  kind: "sqlite" | "postgresql",
  options: { readonly demo?: boolean; readonly today?: string } = {}
): Promise<Registry> => {
  process.env.CRYOREG_ADMIN_PASSWORD = password
  process.env.CRYOREG_DEMO = options.demo === false ? "0" : "1"
  const pg = kind === "postgresql" ? await freshDatabase() : null
  const dataDir = pg === null ? tempDataDir() : null
  const database = dataDir !== null ? Database.sqlite(dataDir) : Database.postgresql(Redacted.make(pg!.url))
  const server = await startServer({ port: 0, host: "127.0.0.1", database, today: options.today })
  const url = server.url.replace("localhost", "127.0.0.1")
  const anonymous = makeClient({ baseUrl: url })
  const names = options.demo === false ? (["admin"] as const) : accounts
  const tokens = Object.fromEntries(
    await Promise.all(
      names.map(async (username) => [
        username,
        (await anonymous.login({ body: { username, password } })).token
      ])
    )
  ) as Record<Account, string>
  const as = Object.fromEntries(
    names.map((n) => [n, makeClient({ baseUrl: url, token: tokens[n] })])
  ) as Record<Account, Client>
  return {
    kind,
    dataDir,
    pgUrl: pg?.url ?? null,
    server,
    url,
    as,
    tokens,
    anonymous,
    close: async () => {
      await server.close()
      await pg?.drop()
    }
  }
}

/** The dialects every registry suite runs on. */
export const dialects = ["sqlite", "postgresql"] as const

/** Calls a promise that must fail with an ApiError and returns it. */
export const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return error as {
      status: number
      error: string
      message: string
      issues: ReadonlyArray<Issue>
    }
  }
  throw new Error("expected the API to refuse the request")
}

/** Sends a request as it is (no client-side encoding): for bodies the typed client would refuse to send. */
export const raw = async (
  registry: Registry,
  account: Account | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {}
) => {
  const response = await fetch(`${registry.url}${path}`, {
    method,
    headers: {
      ...(account === null ? {} : { authorization: `Bearer ${registry.tokens[account]}` }),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers
    },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) })
  })
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {}
  return {
    status: response.status,
    json: json as {
      error?: string
      message?: string
      issues?: Array<{ path: Array<string | number>; message: string }>
    },
    text,
    headers: response.headers
  }
}
