#!/usr/bin/env node
import { register } from "node:module"

const { register: registerTsx } = await import("tsx/esm/api")
registerTsx()
register("./source-condition.mjs", import.meta.url)
await import("../src/main.ts")
