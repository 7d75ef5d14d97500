import { type Account, type Registry, raw } from "../support/registry.js"

/** Polls a bulk export's status URL until it is no longer 202; answers the final response and the progress seen. */
export const pollUntilDone = async (registry: Registry, account: Account, statusUrl: string) => {
  const progress: Array<string> = []
  for (let i = 0; i < 600; i++) {
    const answer = await raw(registry, account, "GET", new URL(statusUrl).pathname)
    if (answer.status !== 202) return { answer, progress }
    progress.push(answer.headers.get("x-progress") ?? "")
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error("the export did not finish in 30 s")
}

/** A bulk export's kick-off as `account`: the status URL. */
export const kickoff = async (registry: Registry, account: Account, path = "/api/fhir/$export") => {
  const answer = await raw(registry, account, "GET", path, undefined, {
    prefer: "respond-async",
    accept: "application/fhir+json"
  })
  if (answer.status !== 202) throw new Error(`kick-off answered ${answer.status}: ${answer.text}`)
  return answer.headers.get("content-location")!
}

/** The manifest's files, downloaded and parsed: resources by type. */
export const download = async (
  registry: Registry,
  account: Account,
  manifest: { output: Array<{ type: string; url: string }> }
) => {
  const byType: Record<string, Array<Record<string, unknown>>> = {}
  for (const file of manifest.output) {
    const answer = await raw(registry, account, "GET", new URL(file.url).pathname)
    if (answer.status !== 200) throw new Error(`${file.url} answered ${answer.status}`)
    byType[file.type] = answer.text
      .split("\n")
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
  }
  return byType
}
