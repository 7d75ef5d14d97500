import { existsSync, statSync } from "node:fs"
import { dirname } from "node:path"
import { Effect, Option } from "effect"
import { failure, fileArgument, main, sqliteLocation } from "./command.js"
import { checkBackup, vacuumInto } from "./sqliteCopy.js"

const line = "pnpm --filter @cryoreg/api backup <file>"
const help = `Writes a consistent copy of the registry's SQLite database (CRYOREG_DATA_DIR/cryoreg.sqlite) to <file>,
while the server keeps running. <file> must not exist. For PostgreSQL use pg_dump (see the README).`

const backup = Effect.gen(function* () {
  const target = yield* fileArgument(process.argv.slice(2), line, help)
  if (Option.isNone(target)) return
  const { file } = yield* sqliteLocation
  if (!existsSync(file))
    return yield* failure(`no database at ${file}: set CRYOREG_DATA_DIR to the server's data folder`)
  if (existsSync(target.value)) return yield* failure(`${target.value} exists already: name a new file`)
  if (!existsSync(dirname(target.value))) return yield* failure(`no folder ${dirname(target.value)}`)
  yield* vacuumInto(file, target.value)
  const patients = yield* checkBackup(target.value)
  const size = (statSync(target.value).size / 1024 / 1024).toFixed(1)
  console.log(`backed up ${file} to ${target.value} (${size} MiB, ${patients} patients, integrity ok)`)
})

await main("backup", backup)
