import { StreamMessage } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { Either, Schema } from "effect"
import { Api, urlOf } from "../api/client"

const decode = Schema.decodeUnknownEither(StreamMessage)

/** The message kinds of the procedure stream (the SSE `event:` names). */
export const kinds = ["Samples", "ProtocolEventStored", "CycleEvaluated", "Deviation"] as const

/**
 * Follows a procedure's Server-Sent Events. EventSource reconnects by itself after a dropped connection and
 * sends `Last-Event-ID`, so the API resumes after the last message received. Returns a function that stops.
 */
export const follow = (
  id: Model.ProcedureId,
  on: {
    readonly message: (m: StreamMessage) => void
    readonly connection: (state: "open" | "reconnecting") => void
  }
): (() => void) => {
  const source = new EventSource(urlOf(Api.procedureStream, { params: { id } }))
  source.onopen = () => on.connection("open")
  source.onerror = () => on.connection("reconnecting")
  for (const kind of kinds)
    source.addEventListener(kind, (event) => {
      const decoded = decode(JSON.parse((event as MessageEvent<string>).data))
      if (Either.isRight(decoded)) on.message(decoded.right)
    })
  return () => source.close()
}
