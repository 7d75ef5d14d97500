import { tmpdir } from "node:os"
import { join } from "node:path"
import { StudyCalendar } from "@cryoreg/domain"
import { Config, Duration, type Redacted } from "effect"

/** Port the server listens on (`PORT`, default 8787). */
export const port = Config.port("PORT").pipe(Config.withDefault(8787))

/** Interface to bind (`HOST`, default 127.0.0.1 so a registry is not exposed by accident). */
export const host = Config.string("HOST").pipe(Config.withDefault("127.0.0.1"))

/** Folder of the embedded SQLite file (`CRYOREG_DATA_DIR`, default `./data`). */
export const dataDir = Config.string("CRYOREG_DATA_DIR").pipe(Config.withDefault("data"))

/** PostgreSQL connection URL; when set, PostgreSQL is used instead of SQLite. */
export const databaseUrl: Config.Config<import("effect").Option.Option<Redacted.Redacted>> = Config.option(
  Config.redacted("DATABASE_URL")
)

/** Folder of the built dashboard (`CRYOREG_WEB_DIR`, default the web app's `dist`). */
export const webDir = Config.string("CRYOREG_WEB_DIR").pipe(
  Config.withDefault(new URL("../../web/dist", import.meta.url).pathname)
)

/** How long a session lasts (`CRYOREG_SESSION_HOURS`, default 12). */
export const sessionLength = Config.number("CRYOREG_SESSION_HOURS").pipe(
  Config.withDefault(12),
  Config.map((hours) => Duration.hours(hours))
)

/** Whether the demo cohort is loaded into an empty database (`CRYOREG_DEMO`, default on; `0` turns it off). */
export const demo = Config.string("CRYOREG_DEMO").pipe(
  Config.withDefault("1"),
  Config.map((v) => v !== "0" && v.toLowerCase() !== "false")
)

/** Initial password of the first accounts (`CRYOREG_ADMIN_PASSWORD`); generated and printed once when unset. */
export const adminPassword = Config.option(Config.redacted("CRYOREG_ADMIN_PASSWORD"))

/**
 * The registry's time zone (`CRYOREG_TIME_ZONE`, default Europe/Warsaw): "today", after which no clinical date
 * may lie, is the date there.
 */
export const timeZone = Config.string("CRYOREG_TIME_ZONE").pipe(
  Config.withDefault("Europe/Warsaw"),
  Config.validate({
    message: 'CRYOREG_TIME_ZONE must be an IANA time zone such as "Europe/Warsaw"',
    validation: StudyCalendar.isTimeZone
  })
)

/**
 * Whether the API runs behind a TLS-terminating reverse proxy it trusts (`CRYOREG_TRUST_PROXY`, default off;
 * `1` turns it on): then `X-Forwarded-Proto` decides `Secure` cookies and HSTS, and `X-Forwarded-For` (its last
 * entry) the client address for throttling, the audit trail and the log. Off, both headers are ignored.
 */
export const trustProxy = Config.string("CRYOREG_TRUST_PROXY").pipe(
  Config.withDefault("0"),
  Config.map((v) => v === "1" || v.toLowerCase() === "true")
)

/**
 * How many live-procedure streams one session may hold open at once in one API process
 * (`CRYOREG_STREAMS_PER_SESSION`, default 10; `0` lifts the cap). One more answers 429.
 */
export const streamsPerSession = Config.integer("CRYOREG_STREAMS_PER_SESSION").pipe(
  Config.withDefault(10),
  Config.validate({
    message: "CRYOREG_STREAMS_PER_SESSION is a whole number, 0 or more",
    validation: (n) => n >= 0
  })
)

/** Where FHIR bulk export files are written, a folder per job (`CRYOREG_EXPORT_DIR`, default the system's temp folder). */
export const exportDir = Config.string("CRYOREG_EXPORT_DIR").pipe(
  Config.withDefault(join(tmpdir(), "cryoreg-fhir-exports"))
)
