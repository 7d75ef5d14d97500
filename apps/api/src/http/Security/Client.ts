import type { IncomingMessage } from "node:http"
import { getConnInfo } from "@hono/node-server/conninfo"
import type { Context, MiddlewareHandler } from "hono"

/** Where a request came from, as the throttling, the audit trail and the request log name it. */
export interface Client {
  /** The client's address: the socket's peer, or behind a trusted proxy the address it forwarded. */
  readonly address: string
  /** Whether the client reached us over HTTPS (directly, or through a trusted TLS-terminating proxy). */
  readonly https: boolean
}

// The proxy appends the address it saw last: with one trusted proxy that entry is the client's; earlier
// entries are whatever the client itself sent and prove nothing.
const lastOf = (header: string | undefined) => header?.split(",").at(-1)?.trim() || undefined

const socketAddress = (c: Context): string => {
  try {
    return getConnInfo(c).remote.address ?? "unknown"
  } catch {
    return "unknown" // app.request() in tests: no socket
  }
}

/** Whether a Node request arrived over HTTPS, trusting `X-Forwarded-Proto` only when told to. */
export const isHttps = (request: IncomingMessage, trustProxy: boolean): boolean =>
  (request.socket as { encrypted?: boolean }).encrypted === true ||
  (trustProxy && lastOf(request.headers["x-forwarded-proto"]?.toString())?.toLowerCase() === "https")

/**
 * Reads the client of every request once (`c.get("client")`). Without `trustProxy` the `X-Forwarded-*`
 * headers are ignored (anyone can send them); with it (`CRYOREG_TRUST_PROXY=1`) they are the proxy's word.
 */
export const clientOf =
  (trustProxy: boolean): MiddlewareHandler =>
  async (c, next) => {
    const forwarded = trustProxy ? lastOf(c.req.header("x-forwarded-for")) : undefined
    const proto = trustProxy ? lastOf(c.req.header("x-forwarded-proto"))?.toLowerCase() : undefined
    const client: Client = {
      address: forwarded ?? socketAddress(c),
      https: proto === undefined ? new URL(c.req.url).protocol === "https:" : proto === "https"
    }
    c.set("client" as never, client as never)
    return next()
  }

/** The client `clientOf` read (a socket-less request in tests: unknown, plain HTTP). */
export const client = (c: Context): Client =>
  (c.get("client" as never) as Client | undefined) ?? { address: "unknown", https: false }
