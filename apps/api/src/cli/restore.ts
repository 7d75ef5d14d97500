import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync
} from "node:fs"
import { Effect, Option } from "effect"
import { failure, fileArgument, main, sqliteLocation } from "./command.js"
import { checkBackup } from "./sqliteCopy.js"

const line = "pnpm --filter @cryoreg/api restore <file>"
const help = `Brings a backup made by \`backup\` back as CRYOREG_DATA_DIR/cryoreg.sqlite. The data folder must be empty
or absent (stop the server and move the old folder away first); the backup is checked before it is copied.`

const durable = (path: string) => {
  const fd = openSync(path, "r")
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

const restore = Effect.gen(function* () {
  const source = yield* fileArgument(process.argv.slice(2), line, help)
  if (Option.isNone(source)) return
  const { folder, file } = yield* sqliteLocation
  if (!existsSync(source.value)) return yield* failure(`no backup file ${source.value}`)
  if (existsSync(folder) && readdirSync(folder).length > 0)
    return yield* failure(`refusing to restore into ${folder}: the folder is not empty`)
  const patients = yield* checkBackup(source.value)
  yield* Effect.try({
    try: () => {
      mkdirSync(folder, { recursive: true })
      const partial = `${file}.restoring`
      copyFileSync(source.value, partial)
      durable(partial)
      renameSync(partial, file)
      durable(folder)
    },
    catch: (e) => failure(`cannot write ${file}: ${(e as Error).message}`)
  })
  console.log(`restored ${source.value} into ${file} (${patients} patients); start the server on ${folder}`)
})

await main("restore", restore)
