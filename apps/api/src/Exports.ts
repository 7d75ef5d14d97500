import { randomBytes, randomUUID } from "node:crypto"
import { Access } from "@cryoreg/contract"
import { Effect, Runtime } from "effect"
import { pseudonym } from "./Analysis/Export.js"
import type { LoadedPatient } from "./Analysis/Load.js"
import { CurrentUser } from "./CurrentUser.js"
import { csvLine } from "./Exports/Csv.js"
import { odmHead, odmTail, subjectData } from "./Exports/Odm.js"
import * as Dictionary from "./Exports/RedcapDictionary.js"
import { makeRedcapImport } from "./Exports/RedcapImport.js"
import { recordColumns } from "./Exports/RedcapModel.js"
import { patientRows, rowCells } from "./Exports/RedcapRecords.js"
import { ExportsRepo } from "./Exports/Repo.js"
import { Imports } from "./Imports.js"
import { RegistryMeta } from "./RegistryMeta.js"
import { RowSecurity } from "./RowSecurity.js"

/** Patients read per page while a file streams. */
const pageSize = 200

/**
 * REDCap and CDISC ODM exports of what the caller may see: the data dictionary, the events and their instruments,
 * the records in REDCap's flat longitudinal format and ODM 1.3.2. The records and the ODM stream a page of patients
 * at a time, each page read in its own scoped transaction as the previous one is written out.
 */
export class Exports extends Effect.Service<Exports>()("api/Exports", {
  effect: Effect.gen(function* () {
    const repo = yield* ExportsRepo
    const meta = yield* RegistryMeta
    const rls = yield* RowSecurity
    const importRedcap = yield* makeRedcapImport
    // Read when first needed: the analysis sets it at start, and two first writers would collide on PostgreSQL.
    const secret = yield* Effect.cached(
      meta.getOrSet("pseudonym_secret", () => randomBytes(32).toString("hex"))
    )
    // The services' runtime, not the request's: a page must not run in the request's finished transaction.
    const run = Runtime.runPromise(yield* Effect.runtime<never>())

    // The statistician sees patients by pseudonym and no free text; everyone else the record as it is.
    const view = Effect.flatMap(CurrentUser, (user) =>
      Access.seesPseudonyms(user.role)
        ? Effect.map(secret, (s) => ({ key: (id: string) => pseudonym(s, id), hideFreeText: true }))
        : Effect.succeed({ key: (id: string) => id, hideFreeText: false })
    )

    /** A text stream of `head`, each page of patients through `write`, then `tail`. */
    const streamed = (head: string, write: (p: LoadedPatient) => string, tail: string) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const encoder = new TextEncoder()
        let after: string | null = null
        let done = false
        return new ReadableStream<Uint8Array>({
          start: (controller) => controller.enqueue(encoder.encode(head)),
          pull: async (controller) => {
            if (done) return
            const page = await run(
              Effect.provideService(rls.scoped(repo.page(after, pageSize)), CurrentUser, user)
            )
            if (page.length === 0) {
              done = true
              controller.enqueue(encoder.encode(tail))
              controller.close()
              return
            }
            after = page[page.length - 1]?.patient.id ?? after
            controller.enqueue(encoder.encode(page.map(write).join("")))
          }
        })
      })

    const recordsCsv = Effect.gen(function* () {
      const { key, hideFreeText } = yield* view
      return yield* streamed(
        csvLine(recordColumns),
        (p) =>
          patientRows(p)
            .map((row) => csvLine(rowCells(key(p.patient.id), row, hideFreeText)))
            .join(""),
        ""
      )
    })

    const odm = Effect.gen(function* () {
      const { key, hideFreeText } = yield* view
      const head = odmHead(new Date().toISOString().replace(/\.\d+Z$/, "Z"), `cryoreg-${randomUUID()}`)
      return yield* streamed(
        head,
        (p) => subjectData(key(p.patient.id), patientRows(p), hideFreeText),
        odmTail
      )
    })

    return {
      dictionary: Effect.sync(Dictionary.dictionaryCsv),
      instrumentEventMapping: Effect.sync(Dictionary.instrumentEventMappingCsv),
      events: Effect.sync(Dictionary.eventsCsv),
      repeatingInstruments: Effect.sync(Dictionary.repeatingInstrumentsCsv),
      recordsCsv,
      odm,
      importRedcap
    } as const
  }),
  dependencies: [ExportsRepo.Default, RegistryMeta.Default, Imports.Default]
}) {}
