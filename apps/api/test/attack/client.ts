import { request } from "node:http"

/** How one raw request is sent: from which local address, with which headers, padded or chunked. */
export interface Sending {
  /** The loopback address the connection comes from (Linux routes all of 127.0.0.0/8 to this host). */
  readonly from?: string
  readonly headers?: Record<string, string>
  /** Spaces after the JSON, to push the body past a size. */
  readonly pad?: number
  /** Sent with `Transfer-Encoding: chunked` (no `Content-Length`). */
  readonly chunked?: boolean
}

/** An answer: status, headers and the body read as JSON when it is JSON. */
export interface Answer {
  readonly status: number
  readonly headers: Record<string, string | Array<string> | undefined>
  // biome-ignore lint/suspicious/noExplicitAny: answers of many shapes, read field by field in the tests.
  readonly json: any
  readonly ms: number
}

/** Sends one request over its own connection, exactly as told: for what the typed client never sends. */
export const sendRaw = (url: string, method: string, path: string, body: unknown, how: Sending = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const text = body === undefined ? "" : JSON.stringify(body) + " ".repeat(how.pad ?? 0)
    const started = performance.now()
    const target = new URL(path, url)
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        agent: false,
        ...(how.from === undefined ? {} : { localAddress: how.from }),
        headers: {
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(body === undefined || how.chunked === true
            ? {}
            : { "content-length": Buffer.byteLength(text) }),
          ...how.headers
        }
      },
      (res) => {
        let data = ""
        res.setEncoding("utf8")
        res.on("data", (chunk: string) => {
          data += chunk
        })
        res.on("end", () => {
          let json: unknown = null
          try {
            json = JSON.parse(data)
          } catch {}
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            json,
            ms: performance.now() - started
          })
        })
      }
    )
    req.on("error", reject)
    if (how.chunked === true) {
      // Two chunks, so the server cannot read it as one sized body.
      req.write(text.slice(0, 10))
      req.end(text.slice(10))
    } else req.end(text)
  })

/** A sign-in attempt. */
export const signIn = (url: string, username: string, password: string, how: Sending = {}) =>
  sendRaw(url, "POST", "/api/auth/login", { username, password }, how)
