import { isAbsolute, resolve } from "node:path"
import { Cause, Config, Data, Effect, Exit, Option } from "effect"
import * as AppConfig from "../AppConfig.js"

/** A failure the CLI reports in one line: `exitCode` 2 for a usage error, 1 when the operation failed. */
export class CliFailure extends Data.TaggedError("CliFailure")<{
  readonly message: string
  readonly exitCode: 1 | 2
}> {}

/** A usage error (wrong flags, missing argument): exit 2 and the usage line. */
export const usage = (message: string, line: string) =>
  new CliFailure({ message: `${message}\nusage: ${line}`, exitCode: 2 })

/** An operation that could not be done: exit 1. */
export const failure = (message: string) => new CliFailure({ message, exitCode: 1 })

/** The one file argument of `backup` / `restore`; `--help` prints the usage and exits 0. */
export const fileArgument = (argv: ReadonlyArray<string>, line: string, help: string) =>
  Effect.gen(function* () {
    if (argv.includes("--help") || argv.includes("-h")) {
      console.log(`usage: ${line}\n\n${help}`)
      return Option.none<string>()
    }
    const flag = argv.find((a) => a.startsWith("-"))
    if (flag !== undefined) return yield* usage(`unknown option ${flag}`, line)
    if (argv.length === 0) return yield* usage("name the backup file", line)
    if (argv.length > 1) return yield* usage(`one file only; got ${argv.length} arguments`, line)
    return Option.some(fromCaller(argv[0]!))
  })

/** A path as the caller meant it: relative to where `pnpm` was run (INIT_CWD), not to apps/api. */
export const fromCaller = (path: string) =>
  isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path)

/** The server's data folder (`CRYOREG_DATA_DIR`, default `data`) and its SQLite file; refuses PostgreSQL. */
export const sqliteLocation = Effect.gen(function* () {
  const config = yield* Effect.mapError(
    Config.all({ url: AppConfig.databaseUrl, dataDir: AppConfig.dataDir }),
    (e) => failure(`configuration: ${String(e)}`)
  )
  if (Option.isSome(config.url))
    return yield* failure(
      "DATABASE_URL is set: this registry runs on PostgreSQL; back it up with pg_dump and restore with pg_restore (see apps/api/README.md)"
    )
  const folder = fromCaller(config.dataDir)
  return { folder, file: resolve(folder, "cryoreg.sqlite") }
})

/** Runs a CLI program: its failure is one line on stderr and an exit code, never a stack trace. */
export const main = (name: string, program: Effect.Effect<void, CliFailure>) =>
  Effect.runPromiseExit(program).then((exit) => {
    if (Exit.isSuccess(exit)) return
    const failed = Cause.failureOption(exit.cause)
    if (Option.isSome(failed)) {
      console.error(`${name}: ${failed.value.message}`)
      process.exitCode = failed.value.exitCode
    } else {
      const defect = Cause.squash(exit.cause)
      console.error(`${name}: ${defect instanceof Error ? defect.message : String(defect)}`)
      process.exitCode = 1
    }
  })
