/** Server status shared by the API and the dashboard. */

import { Schema } from "effect"

/** Which database a cryoreg server stores its records in. */
export const DatabaseKind = Schema.Literal("sqlite", "postgresql")
export type DatabaseKind = typeof DatabaseKind.Type

/** What `GET /api/health` answers: the server's version, database and uptime. */
export class ServerStatus extends Schema.Class<ServerStatus>("ServerStatus")({
  status: Schema.Literal("ok"),
  version: Schema.String,
  database: Schema.Struct({ kind: DatabaseKind, ok: Schema.Boolean }),
  uptimeSeconds: Schema.NonNegative,
  /** True when the registry holds the synthetic demo cohort, not real patients. */
  demo: Schema.optionalWith(Schema.Boolean, { default: () => false })
}) {}
