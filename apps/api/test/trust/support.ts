/** A JSON request with exactly the headers given (no client-side defaults): status, headers and body. */
export const send = async (
  url: string,
  method: string,
  path: string,
  options: { readonly body?: unknown; readonly headers?: Record<string, string> } = {}
) => {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...options.headers
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) })
  })
  const text = await response.text()
  // biome-ignore lint/suspicious/noExplicitAny: answers of many shapes, read field by field in the tests.
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {}
  return { status: response.status, headers: response.headers, json, text }
}

/** Sets environment variables for the servers started in a block and answers a function restoring them. */
export const withEnv = (values: Record<string, string>) => {
  const saved = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]))
  Object.assign(process.env, values)
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}

/** The session cookie a sign-in answer sets (`name=value`). */
export const cookieOf = (headers: Headers): string => {
  const cookie = headers.getSetCookie().find((c) => c.startsWith("cryoreg_session="))
  if (cookie === undefined) throw new Error("no session cookie was set")
  return cookie.split(";")[0]!
}
