import { demoCenters, generateDemoRegistry } from "@cryoreg/cohort"
import { type NewUser, User } from "@cryoreg/contract"
import * as PasswordPolicy from "@cryoreg/contract/PasswordPolicy"
import { Model } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { Data, Effect, Option, Redacted } from "effect"
import { RegistryAnalysis } from "./Analysis.js"
import { AnalysisSets, demoSetName } from "./AnalysisSets.js"
import * as AppConfig from "./AppConfig.js"
import * as Passwords from "./Auth/Passwords.js"
import { Auth } from "./Auth.js"
import { Centers } from "./Centers.js"
import { CurrentUser } from "./CurrentUser.js"
import { Patients } from "./Patients.js"
import { Records } from "./Records.js"
import { RegistryMeta } from "./RegistryMeta.js"

/** What the first start did, for `main` to print once. */
export interface Bootstrapped {
  readonly accounts: ReadonlyArray<string>
  /** The initial password when it was generated (null when it came from CRYOREG_ADMIN_PASSWORD or nothing was created). */
  readonly generatedPassword: string | null
  readonly demoPatients: number
}

// Who the first accounts and the demo records are created as: it appears as such in the audit trail. The
// names are free text a Polish center's administrator would type, so they are Polish, as the demo's centers are.
const system = new User({
  id: "system",
  username: "system",
  displayName: "cryoreg — pierwsze uruchomienie",
  role: "admin",
  centerId: null
})

const demoAccounts = (password: string): Array<NewUser> => [
  {
    username: "coordinator-waw",
    displayName: "Koordynator badania, Warszawa",
    role: "coordinator",
    centerId: Model.CenterId.make("waw"),
    password
  },
  {
    username: "clinician-waw",
    displayName: "Lekarz, Warszawa",
    role: "clinician",
    centerId: Model.CenterId.make("waw"),
    password
  },
  {
    username: "clinician-pila",
    displayName: "Lekarz, Piła",
    role: "clinician",
    centerId: Model.CenterId.make("pila"),
    password
  },
  { username: "statistician", displayName: "Statystyk", role: "statistician", centerId: null, password }
]

/** The first start cannot go on: the configuration asks for something refused (a weak password). */
export class FirstStartRefused extends Data.TaggedError("FirstStartRefused")<{ readonly message: string }> {}

/** Loads the demo registry through the same services real writes use (audit included), in one transaction. */
const loadDemo = Effect.gen(function* () {
  const patients = yield* Patients
  const records = yield* Records
  const registry = generateDemoRegistry({ seed: 1 })
  for (const r of registry.records) {
    const { id, ...patient } = r.patient
    yield* patients.create({ id, ...patient })
    const { id: _s, patientId: _p, ...screening } = r.screening
    yield* records.createScreening(id, screening)
    for (const { id: _b, patientId: _bp, ...block } of r.blocks) yield* records.createBlock(id, block)
    if (r.procedure !== null) {
      const { id: _i, patientId: _pp, centerId: _c, ...procedure } = r.procedure
      yield* records.createProcedure(id, procedure)
    }
    for (const { id: _v, patientId: _vp, daysAfterProcedure: _d, date, ...visit } of r.visits)
      if (date !== undefined) yield* records.createVisit(id, { ...visit, date })
    for (const { id: _e, patientId: _ep, ...event } of r.adverseEvents)
      yield* records.createAdverseEvent(id, event)
  }
  return registry.records.length
})

/**
 * On an empty database: the admin account and, unless `CRYOREG_DEMO=0`, the demo centers, the demo
 * accounts, the demo cohort and its analysis set; on every start, the study rows in their current format.
 */
export const bootstrap = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const auth = yield* Auth
  const centers = yield* Centers
  const meta = yield* RegistryMeta
  const demo = yield* AppConfig.demo
  const configured = yield* AppConfig.adminPassword
  yield* (yield* RegistryAnalysis).ensureStudyRows
  if ((yield* auth.countUsers) > 0)
    return { accounts: [], generatedPassword: null, demoPatients: 0 } satisfies Bootstrapped
  const password = Option.isSome(configured) ? Redacted.value(configured.value) : Passwords.generatePassword()
  const result = yield* sql.withTransaction(
    Effect.gen(function* () {
      const admin: NewUser = {
        username: "admin",
        displayName: "Administrator",
        role: "admin",
        centerId: null,
        password
      }
      const accounts: Array<NewUser> = [admin]
      if (demo) accounts.push(...demoAccounts(password))
      // The generated password is strong; a chosen one must pass the rule every password passes.
      for (const account of Option.isSome(configured) ? accounts : [])
        yield* PasswordPolicy.check(password, account.username).pipe(
          Effect.mapError(
            (weak) =>
              new FirstStartRefused({
                message: `CRYOREG_ADMIN_PASSWORD is refused for the account "${account.username}": ${weak.message}`
              })
          )
        )
      if (demo) for (const center of demoCenters) yield* centers.create(center)
      // A generated password was printed on the server's console: each account changes it at its first sign-in.
      const mustChangePassword = Option.isNone(configured)
      for (const account of accounts) yield* auth.createUser(account, { mustChangePassword })
      const demoPatients = demo ? yield* loadDemo : 0
      // The study cohort frozen as it was loaded: the paper comparison is made against it by default.
      if (demo) yield* (yield* AnalysisSets).create({ name: demoSetName, selection: {} }, { demo: true })
      yield* meta.set("demo", demo ? "1" : "0")
      return {
        accounts: accounts.map((a) => a.username),
        generatedPassword: Option.isSome(configured) ? null : password,
        demoPatients
      }
    })
  )
  return result satisfies Bootstrapped
}).pipe(Effect.provideService(CurrentUser, system))
