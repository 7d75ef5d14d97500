#!/usr/bin/env node
// `pnpm sim …` at the repository root runs this bin (the root depends on this package): the simulator from its
// TypeScript sources in this one process, through tsx's loader and the workspace's "@cryoreg/source" condition.
// pnpm runs a dependency's bin without echoing its command line (which holds the token) or adding lines of its
// own after a failure, and passes the exit code on.
import { register } from "node:module"

const tsx = await import("tsx/esm/api").catch(() => null)
if (tsx === null) {
  console.error("device-sim: tsx is not installed: run `pnpm install` at the repository root")
  process.exit(1)
}
tsx.register()
// Registered last, so it runs first: it adds the condition before tsx and Node resolve.
register("./source-condition.mjs", import.meta.url)
await import("../src/main.ts")
