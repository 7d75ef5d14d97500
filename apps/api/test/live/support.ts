import type { ProtocolEvent } from "@cryoreg/contract"
import { FreezeProtocol, type Model, Protocol } from "@cryoreg/domain"
import type { RunningServer } from "../../src/server.js"
import { eligibleScreening, newPatient, positiveBlock } from "../support/inputs.js"

/** A parsed answer; tests read it field by field. */
// biome-ignore lint/suspicious/noExplicitAny: answers of many shapes, checked by the assertions.
export type Answer = { status: number; body: any }

/** A JSON request to the API; answers the status and the parsed body. */
export const call = async (
  server: RunningServer,
  method: string,
  path: string,
  token?: string,
  body?: unknown
): Promise<Answer> => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { "content-type": "application/json" })
    },
    body: body === undefined ? null : JSON.stringify(body)
  })
  const text = await response.text()
  return { status: response.status, body: text === "" ? null : JSON.parse(text) }
}

/** The password of the first accounts. */
export const passwordOf = (server: RunningServer): string =>
  server.bootstrapped.generatedPassword ?? process.env.CRYOREG_ADMIN_PASSWORD ?? ""

// The passwords chosen in place of a generated one, by server and account.
const chosen = new WeakMap<RunningServer, Map<string, string>>()

/**
 * Signs in as one of the demo accounts and answers the bearer token. A generated first-start password must
 * be changed at the first sign-in: it is, once per account, and the new one is used from then on.
 */
export const login = async (server: RunningServer, username: string): Promise<string> => {
  const kept = chosen.get(server) ?? new Map<string, string>()
  chosen.set(server, kept)
  const password = kept.get(username) ?? passwordOf(server)
  const answer = await call(server, "POST", "/api/auth/login", undefined, { username, password })
  if (answer.status !== 200)
    throw new Error(`login ${username}: ${answer.status} ${JSON.stringify(answer.body)}`)
  if (answer.body.user.mustChangePassword !== true) return answer.body.token
  const newPassword = `${password}-chosen-at-first-sign-in`
  const change = await call(server, "POST", "/api/auth/password", answer.body.token, {
    currentPassword: password,
    newPassword
  })
  if (change.status !== 204)
    throw new Error(`password ${username}: ${change.status} ${JSON.stringify(change.body)}`)
  kept.set(username, newPassword)
  return login(server, username)
}

let registered = 0

/** A new patient of the caller's center, screened eligible with a positive diagnostic block; answers the id. */
export const eligiblePatient = async (server: RunningServer, token: string, center = "waw") => {
  const id = `${center.toUpperCase()}-L${String(++registered).padStart(3, "0")}`
  for (const [path, body] of [
    ["/api/patients", newPatient(id, center)],
    [`/api/patients/${id}/screening`, eligibleScreening],
    [`/api/patients/${id}/blocks`, positiveBlock]
  ] as const) {
    const answer = await call(server, "POST", path, token, body)
    if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`)
  }
  return id
}

/** Opens a live procedure on the right side; answers its id and the device token. */
export const openProcedure = async (server: RunningServer, token: string, patientId: string) => {
  const answer = await call(server, "POST", `/api/patients/${patientId}/procedure/live`, token, {
    side: "right",
    lesionsPerSide: 7,
    deviceSerial: "CRYO-SIM-1",
    operator: "Dr Test",
    date: "2026-11-30"
  })
  if (answer.status !== 201) throw new Error(`open: ${answer.status} ${JSON.stringify(answer.body)}`)
  return { id: answer.body.procedure.id as string, deviceToken: answer.body.deviceToken as string }
}

/** What a device posts, in recording order: runs of samples and runs of protocol events. */
export type Post =
  | { readonly kind: "samples"; readonly samples: Array<Model.TelemetrySample> }
  | { readonly kind: "events"; readonly firstIndex: number; readonly events: Array<ProtocolEvent> }

/** The posts of textbook lesions at `levels` on the right side (one 120 s cycle each, a sample a second). */
export const textbookPosts = (
  levels: ReadonlyArray<FreezeProtocol.SpinalLevel>,
  options: { readonly complete?: boolean; readonly freezeSeconds?: number } = {}
): Array<Post> => {
  const events: Array<FreezeProtocol.Event> = []
  let startT = 5
  let startSeq = 0
  for (const level of levels) {
    const lesion = FreezeProtocol.textbookLesion(Protocol.study, {
      side: "right",
      level,
      startT,
      startSeq,
      ...(options.freezeSeconds === undefined ? {} : { freezeSeconds: options.freezeSeconds })
    })
    events.push(...lesion.events)
    startT = lesion.nextT + 10
    startSeq = lesion.nextSeq
  }
  if (options.complete !== false) events.push({ _tag: "ProcedureCompleted" })
  const posts: Array<Post> = []
  let index = 0
  for (const event of events) {
    const last = posts.at(-1)
    if (event._tag === "Telemetry") {
      if (last?.kind === "samples") last.samples.push(event.sample)
      else posts.push({ kind: "samples", samples: [event.sample] })
    } else {
      if (last?.kind === "events") last.events.push(event)
      else posts.push({ kind: "events", firstIndex: index, events: [event] })
      index++
    }
  }
  return posts
}

/** Sends posts in order with the device token; throws on the first refusal. */
export const send = async (server: RunningServer, token: string, id: string, posts: ReadonlyArray<Post>) => {
  for (const post of posts) {
    const answer =
      post.kind === "samples"
        ? await call(server, "POST", `/api/procedures/${id}/telemetry`, token, { samples: post.samples })
        : await call(server, "POST", `/api/procedures/${id}/events`, token, {
            firstIndex: post.firstIndex,
            events: post.events
          })
    if (answer.status !== 200)
      throw new Error(`${post.kind}: ${answer.status} ${JSON.stringify(answer.body)}`)
  }
}

/** The seven lesions of a clean right side, every level of the protocol covered. */
export const sevenLevels: ReadonlyArray<FreezeProtocol.SpinalLevel> = [
  "L5",
  "S1",
  "S1",
  "S2",
  "S2",
  "S3",
  "S3"
]
