import { parseArgs } from "node:util"
import { type Flag, flags, parseOptions } from "./Flags.js"

/** A mistake in how the CLI was called: one line on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

/** A failure the user can act on (API down, token refused, unknown patient): one line on stderr, exit 1. */
export class RunError extends Error {
  override readonly name = "RunError"
}

/** What each flag with a value needs, by its spelling on the command line (`--join`). */
const valued = new Map<string, string>(
  Object.entries(flags).flatMap(
    ([name, f]: [string, Flag]): Array<[string, string]> =>
      f.type === "string" ? [[`--${name}`, f.needs ?? "a value"]] : []
  )
)

/** A flag given without its value: which flag, and what value it needs, in words. */
export const missingValue = (flag: string): UsageError =>
  new UsageError(`${flag} needs ${valued.get(flag) ?? "a value"}`)

/**
 * `--token -abc` as `--token=-abc`: a value may start with a dash (tokens are base64url). A flag with a value
 * that has none (last, before another `--flag`, or `--join=`) is refused naming the value it needs.
 */
const joinValues = (argv: ReadonlyArray<string>): Array<string> => {
  const out: Array<string> = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const next = argv[i + 1]
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg, undefined]
    if (valued.has(flag!) && inline !== undefined && inline.trim() === "") throw missingValue(flag!)
    if (!valued.has(arg)) out.push(arg)
    else if (next === undefined || next.startsWith("--")) throw missingValue(arg)
    else if (next.startsWith("-")) {
      out.push(`${arg}=${next}`)
      i++
    } else out.push(arg)
  }
  return out
}

/** Every flag of every command (`parseArgs` refuses any other). */
export const parseFlags = (argv: ReadonlyArray<string>) => {
  const args = joinValues(argv)
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: parseOptions
    })
  } catch (error) {
    const e = error as Error & { code?: string }
    const flag = /'(-[^']+)'/.exec(e.message)?.[1]
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && flag !== undefined)
      throw new UsageError(`unknown flag ${flag}; device-sim --help lists the flags`)
    if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag !== undefined && !valued.has(flag))
      throw new UsageError(`${flag} takes no value; device-sim --help lists the flags`)
    throw new UsageError(`${e.message}; try device-sim --help`)
  }
}

/** The flags as parsed. */
export type Flags = ReturnType<typeof parseFlags>["values"]

/** The range a number flag takes, and what it means (said when a value is out of it). */
export interface FlagRange {
  readonly min: number
  readonly max: number
  readonly integer?: boolean
  /** Why the range, e.g. "lesions per treated side; the study did 6–7". */
  readonly what?: string
}

const rangeText = (name: string, range: FlagRange) =>
  `--${name} must be ${range.integer ? "a whole number" : "a number"} from ${range.min} to ${range.max}${range.what === undefined ? "" : ` (${range.what})`}`

/** A number flag within `range`: anything else is one line naming the range (exit 2). */
export const numberFlag = (name: string, text: string, range: FlagRange): number => {
  const n = Number(text)
  const ok =
    text.trim() !== "" &&
    Number.isFinite(n) &&
    n >= range.min &&
    n <= range.max &&
    (!range.integer || Number.isInteger(n))
  if (!ok) throw new UsageError(`${rangeText(name, range)}, got "${text}"`)
  return n
}

/** Seeds are unsigned 32-bit integers (the PRNG's state). */
export const seedRange: FlagRange = {
  min: 0,
  max: 4_294_967_295,
  integer: true,
  what: "seed of the simulation"
}

/** `--seed` (default 1). */
export const seedFlag = (text: string | undefined): number => numberFlag("seed", text ?? "1", seedRange)

/** A flag that must be given. */
export const requiredFlag = (name: string, value: string | undefined, what: string): string => {
  if (value === undefined || value.trim() === "") throw new UsageError(`--${name} is required (${what})`)
  return value
}

const speedRange: FlagRange = { min: 0.01, max: 100_000, what: 'simulated seconds per real second, or "max"' }

/** `--speed`: simulated seconds per real second; "max" runs as fast as possible. */
export const speedFlag = (text: string | undefined, fallback: number): number =>
  text === undefined
    ? fallback
    : text === "max"
      ? Number.POSITIVE_INFINITY
      : numberFlag("speed", text, speedRange)

/** Where `pnpm start` serves the registry by default. */
export const defaultApi = "http://127.0.0.1:8787"

/** `--api`, else CRYOREG_API, else the registry's default address: an http(s) origin. */
export const apiFlag = (text: string | undefined): string => {
  const api = text ?? (process.env.CRYOREG_API || defaultApi)
  try {
    const url = new URL(api)
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error()
    return url.origin
  } catch {
    throw new UsageError(`--api must be an http(s) URL such as ${defaultApi}, got "${api}"`)
  }
}

/** `--token`, else CRYOREG_TOKEN. */
export const tokenFlag = (text: string | undefined): string => {
  const token = text ?? process.env.CRYOREG_TOKEN
  if (token === undefined || token.trim() === "")
    throw new UsageError(
      "a token is required: --token <token> or CRYOREG_TOKEN — the device token the dashboard shows when a live procedure is started there, or a clinician's or coordinator's sign-in token"
    )
  return token.trim()
}
