import { Config, type Redacted } from "effect"

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
