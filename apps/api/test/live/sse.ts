/** One Server-Sent Events message as a client receives it. */
export interface SseMessage {
  readonly id: string
  readonly event: string
  readonly data: string
}

/** A stream client over fetch: collects messages until closed. */
export interface SseClient {
  readonly status: number
  readonly messages: Array<SseMessage>
  /** Comment lines received (": heartbeat", …). */
  readonly comments: Array<string>
  /** Resolves once `n` messages arrived (rejects after `timeoutMs`). */
  readonly waitFor: (n: number, timeoutMs?: number) => Promise<Array<SseMessage>>
  readonly close: () => void
}

/** Opens `url` as an event stream, resuming after `lastEventId` (as the header, or as `?lastEventId=`). */
export const openStream = async (
  url: string,
  token: string,
  options: { readonly lastEventId?: string; readonly viaQuery?: boolean } = {}
): Promise<SseClient> => {
  const controller = new AbortController()
  const resume = options.lastEventId
  const target = resume !== undefined && options.viaQuery === true ? `${url}?lastEventId=${resume}` : url
  const response = await fetch(target, {
    headers: {
      authorization: `Bearer ${token}`,
      accept: "text/event-stream",
      ...(resume !== undefined && options.viaQuery !== true ? { "last-event-id": resume } : {})
    },
    signal: controller.signal
  })
  const messages: Array<SseMessage> = []
  const comments: Array<string> = []
  const waiters = new Set<() => void>()
  const reader = response.body?.getReader()
  const pump = async () => {
    if (reader === undefined) return
    const decoder = new TextDecoder()
    let buffer = ""
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      buffer += decoder.decode(value, { stream: true })
      for (let end = buffer.indexOf("\n\n"); end !== -1; end = buffer.indexOf("\n\n")) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const fields: Record<string, string> = {}
        for (const line of frame.split("\n")) {
          if (line.startsWith(":")) comments.push(line.slice(1).trim())
          const at = line.indexOf(":")
          if (at > 0)
            fields[line.slice(0, at)] = (fields[line.slice(0, at)] ?? "") + line.slice(at + 1).trimStart()
        }
        if (fields.data !== undefined)
          messages.push({ id: fields.id ?? "", event: fields.event ?? "message", data: fields.data })
      }
      for (const wake of waiters) wake()
    }
  }
  pump().catch(() => undefined)
  const waitFor = (n: number, timeoutMs = 10_000) =>
    new Promise<Array<SseMessage>>((resolve, reject) => {
      const check = () => {
        if (messages.length < n) return
        waiters.delete(check)
        clearTimeout(timer)
        resolve(messages.slice())
      }
      const timer = setTimeout(() => {
        waiters.delete(check)
        reject(new Error(`${messages.length} of ${n} stream messages after ${timeoutMs} ms`))
      }, timeoutMs)
      waiters.add(check)
      check()
    })
  return { status: response.status, messages, comments, waitFor, close: () => controller.abort() }
}
