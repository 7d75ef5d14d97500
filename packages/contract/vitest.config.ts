import { defineConfig } from "vitest/config"

// Workspace packages resolve to their TypeScript sources through the "@cryoreg/source" condition.
const conditions = ["@cryoreg/source", "module", "node", "development|production"]

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { include: ["test/**/*.test.ts"] }
})
