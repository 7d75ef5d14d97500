import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { load } from "./Load.js"
import { login } from "./Report.js"
import { startServerProcess } from "./Server.js"
const password = "benchbenchbench1"
const dir = mkdtempSync(join(tmpdir(), "cryoreg-prof-"))
const api = await startServerProcess(["api", "sqlite", dir], { CRYOREG_ADMIN_PASSWORD: password })
const token = await login(api.url, "clinician-waw", password)
const what = process.argv[2] ?? "read"
if (what === "read") {
  await load({ url: `${api.url}/api/patients/WAW-0001`, connections: 10, duration: 2, token })
  const t = Date.now()
  const r = await load({ url: `${api.url}/api/patients/WAW-0001`, connections: 10, duration: 8, token })
  console.log(r, Date.now() - t)
}
await api.stop()
