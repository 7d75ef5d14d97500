import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Database from "../../src/Database.js"
import { type RunningServer, startServer } from "../../src/server.js"

/** A fresh temporary folder for an SQLite data directory. */
export const tempDataDir = () => mkdtempSync(join(tmpdir(), "cryoreg-test-"))

/** Starts the real server on 127.0.0.1 on a free port with an SQLite file in `dataDir`. */
export const startSqliteServer = (dataDir: string, webDir?: string): Promise<RunningServer> =>
  startServer({ port: 0, host: "127.0.0.1", webDir, database: Database.sqlite(dataDir) })
