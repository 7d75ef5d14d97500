import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Api, ApiError, makeClient, urlOf } from "../src/index.js"

interface Seen {
  method: string
  url: string
  headers: IncomingMessage["headers"]
  body: string
}

// A real HTTP server on 127.0.0.1 that records each request and answers what the test queued.
const seen: Array<Seen> = []
const answers: Array<{ status: number; body: unknown; type?: string }> = []
let server: Server
let baseUrl: string

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => {
      body += chunk
    })
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body })
      const next = answers.shift() ?? { status: 500, body: { error: "NoAnswerQueued", message: "test bug" } }
      res.writeHead(next.status, { "content-type": next.type ?? "application/json" })
      res.end(typeof next.body === "string" ? next.body : JSON.stringify(next.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe("urlOf", () => {
  it("fills path parameters URL-encoded and writes the query through its schema", () => {
    expect(urlOf(Api.getPatient, { params: { id: "WAW-0042" as never } })).toBe("/api/patients/WAW-0042")
    expect(urlOf(Api.correctVisit, { params: { id: "WAW-1" as never, visitId: "vis:2" as never } })).toBe(
      "/api/patients/WAW-1/visits/vis%3A2"
    )
    expect(urlOf(Api.listPatients, { query: { status: "eligible", limit: 25 } }, "http://h")).toBe(
      "http://h/api/patients?status=eligible&limit=25"
    )
  })
})

describe("the typed client", () => {
  it("sends the bearer token and the encoded body, and decodes the answer with the endpoint's schema", async () => {
    answers.push({
      status: 200,
      body: {
        user: { id: "u1", username: "clinician-waw", displayName: "C", role: "clinician", centerId: "waw" },
        expiresAt: "2026-12-01T12:00:00.000Z",
        timeZone: "Europe/Warsaw"
      }
    })
    const api = makeClient({ baseUrl, token: "secret-token" })
    const me = await api.me({})
    expect(me.user.role).toBe("clinician")
    expect(me.timeZone).toBe("Europe/Warsaw")
    expect(me.user.constructor.name).toBe("User")
    expect(seen.at(-1)).toMatchObject({
      method: "GET",
      url: "/api/auth/me",
      headers: { authorization: "Bearer secret-token" }
    })

    answers.push({ status: 200, body: { token: "t", user: me.user, expiresAt: "2026-12-01T12:00:00.000Z" } })
    await makeClient({ baseUrl }).login({ body: { username: "clinician-waw", password: "pw" } })
    const login = seen.at(-1)!
    expect(login.method).toBe("POST")
    expect(login.headers["content-type"]).toBe("application/json")
    expect(login.headers.authorization).toBeUndefined()
    expect(JSON.parse(login.body)).toEqual({ username: "clinician-waw", password: "pw" })
  })

  it("throws the API's problem as an ApiError with its status, tag and issues", async () => {
    answers.push({
      status: 400,
      body: {
        error: "InvalidRequest",
        message: "invalid body",
        issues: [
          {
            code: "range",
            path: ["nrs"],
            params: { min: 0, max: 10, integer: true },
            message: "a whole number from 0 to 10; got 11"
          }
        ]
      }
    })
    const error = await makeClient({ baseUrl, token: "t" })
      .getPatient({ params: { id: "WAW-0001" as never } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 400, error: "InvalidRequest", issues: [{ path: ["nrs"] }] })
  })

  it("refuses an answer that does not match the endpoint's schema instead of passing it on", async () => {
    answers.push({ status: 200, body: { user: { id: "u1" }, expiresAt: 3 } })
    const error = await makeClient({ baseUrl, token: "t" })
      .me({})
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ error: "UnexpectedAnswer" })
  })

  it("reads CSV answers as text", async () => {
    answers.push({ status: 200, body: "path,published\r\ntable1.female.n,60\r\n", type: "text/csv" })
    const csv = await makeClient({ baseUrl, token: "t" }).reportCsv({})
    expect(csv).toBe("path,published\r\ntable1.female.n,60\r\n")
  })

  it("says when the API cannot be reached", async () => {
    const error = await makeClient({ baseUrl: "http://127.0.0.1:1" })
      .health({})
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 0, error: "Unreachable" })
  })
})
