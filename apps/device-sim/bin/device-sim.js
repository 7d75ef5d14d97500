#!/usr/bin/env node
// Runs the built simulator; in the repository, `pnpm --filter @cryoreg/device-sim exec tsx src/main.ts` runs the sources.
import "../dist/main.js"
