#!/usr/bin/env node
// Runs the built simulator; in the repository, `pnpm sim …` at the root runs the sources.
import { existsSync } from "node:fs"

const main = new URL("../dist/main.js", import.meta.url)
if (!existsSync(main)) {
  console.error(
    "device-sim: not built yet: run `pnpm build` at the repository root, or `pnpm sim …` there to run the sources"
  )
  process.exit(1)
}
await import(main.href)
