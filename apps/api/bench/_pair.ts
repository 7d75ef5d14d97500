import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { load } from "./Load.js"
import { login } from "./Report.js"
import { startServerProcess } from "./Server.js"
const password = "benchbenchbench1"
const dir = mkdtempSync(join(tmpdir(), "cryoreg-prof-"))
const api = await startServerProcess(["api", "sqlite", dir], { CRYOREG_ADMIN_PASSWORD: password })
const bare = await startServerProcess(["bare", join(dir, "cryoreg.sqlite")])
const token = await login(api.url, "clinician-waw", password)
for (const round of [1, 2]) for (const [name, s] of [["bare", bare], ["api", api]] as const) {
  await load({ url: `${s.url}/api/patients/WAW-0001`, connections: 10, duration: 1, token })
  const r = await load({ url: `${s.url}/api/patients/WAW-0001`, connections: 10, duration: 4, token })
  console.log(round, name, r.perSecond.toFixed(0), r.p50)
}
await api.stop(); await bare.stop()
