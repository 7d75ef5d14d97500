import { defineConfig } from "vitest/config"

// Workspace packages resolve to their TypeScript sources through the "@cryoreg/source" condition.
const conditions = ["@cryoreg/source", "module", "node", "development|production"]

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  // `pnpm test` runs every package at once on a small machine: generous timeouts, no timed assertions.
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 }
})
