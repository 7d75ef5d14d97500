import { parseArgs } from "node:util"

/** A mistake in how the CLI was called: one line on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

/** A failure the user can act on (API down, token refused, unknown patient): one line on stderr, exit 1. */
export class RunError extends Error {
  override readonly name = "RunError"
}

const options = {
  help: { type: "boolean", short: "h" },
  api: { type: "string" },
  token: { type: "string" },
  patient: { type: "string" },
  side: { type: "string" },
  lesions: { type: "string" },
  cycles: { type: "string" },
  "freeze-seconds": { type: "string", default: "120" },
  speed: { type: "string" },
  seed: { type: "string", default: "1" },
  fault: { type: "string", multiple: true },
  rate: { type: "string" },
  operator: { type: "string" },
  serial: { type: "string" },
  date: { type: "string" },
  live: { type: "string" },
  summary: { type: "boolean", default: false },
  n: { type: "string", default: "107" },
  json: { type: "boolean", default: false }
} as const

const valued = new Set(
  Object.entries(options).flatMap(([name, o]) => (o.type === "string" ? [`--${name}`] : []))
)

/** `--token -abc` as `--token=-abc`: a value may start with a dash (tokens are base64url). */
const joinValues = (argv: ReadonlyArray<string>): Array<string> => {
  const out: Array<string> = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const next = argv[i + 1]
    if (valued.has(arg) && next?.startsWith("-") && !next.startsWith("--")) {
      out.push(`${arg}=${next}`)
      i++
    } else out.push(arg)
  }
  return out
}

/** Every flag of every command (`parseArgs` refuses any other). */
export const parseFlags = (argv: ReadonlyArray<string>) => {
  try {
    return parseArgs({
      args: joinValues(argv),
      allowPositionals: true,
      options
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; try device-sim --help`)
  }
}

/** The flags as parsed. */
export type Flags = ReturnType<typeof parseFlags>["values"]

/** A number flag at least `min` (an integer when asked). */
export const numberFlag = (name: string, text: string, min: number, integer = false): number => {
  const n = Number(text)
  if (text.trim() === "" || Number.isNaN(n) || n < min || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${name} must be ${integer ? "an integer" : "a number"} ≥ ${min}, got "${text}"`)
  }
  return n
}

/** A flag that must be given. */
export const requiredFlag = (name: string, value: string | undefined, what: string): string => {
  if (value === undefined || value.trim() === "") throw new UsageError(`--${name} is required (${what})`)
  return value
}

/** `--speed`: simulated seconds per real second; "max" runs as fast as possible. */
export const speedFlag = (text: string | undefined, fallback: number): number =>
  text === undefined ? fallback : text === "max" ? Number.POSITIVE_INFINITY : numberFlag("speed", text, 0.01)

/** `--api`: an http(s) origin. */
export const apiFlag = (text: string | undefined): string => {
  const api = requiredFlag("api", text, "the cryoreg API, e.g. http://127.0.0.1:8787")
  try {
    const url = new URL(api)
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error()
    return url.origin
  } catch {
    throw new UsageError(`--api must be an http(s) URL such as http://127.0.0.1:8787, got "${api}"`)
  }
}

/** `--token`, else CRYOREG_TOKEN. */
export const tokenFlag = (text: string | undefined): string => {
  const token = text ?? process.env.CRYOREG_TOKEN
  if (token === undefined || token.trim() === "")
    throw new UsageError("a token is required: --token <token> or CRYOREG_TOKEN (from POST /api/auth/login)")
  return token.trim()
}
