/** The access policy: what each role may write and read, and whether it is bound to one center. */

import type { Role } from "./Auth.js"
import { Role as RoleSchema } from "./Auth.js"

/**
 * What a role reads: `records` (patient-level clinical records: patients, their files and history, live
 * procedures as the staff follow them), `analysis` (the analysis, the cohort overview, the safety overview,
 * analysis sets and the exports), `telemetry` (a live procedure's state and telemetry, as the staff and its probe read them).
 */
export type Area = "records" | "analysis" | "telemetry"

interface Grant {
  /** Bound to one center: reads and writes that center's patients only. */
  readonly centerBound: boolean
  /** Enters, corrects and retracts clinical records. */
  readonly writes: boolean
  /** Knows patients by the exports' pseudonym only (no ids, no free text, no operator names). */
  readonly pseudonyms: boolean
  /** Imports existing data (a center-bound importer into its own center). */
  readonly imports: boolean
  /** Manages accounts and centers, reads the audit trail. */
  readonly administers: boolean
  /** A probe's account: posts the events and telemetry of its procedure, never uses the dashboard. */
  readonly probe: boolean
  readonly reads: ReadonlyArray<Area>
}

// The registry's access policy, one row per role (README, "Access").
const policy: Record<Role, Grant> = {
  admin: {
    centerBound: false,
    writes: true,
    pseudonyms: false,
    imports: true,
    administers: true,
    probe: false,
    reads: ["records", "analysis", "telemetry"]
  },
  coordinator: {
    centerBound: true,
    writes: true,
    pseudonyms: false,
    imports: true,
    administers: false,
    probe: false,
    reads: ["records", "analysis", "telemetry"]
  },
  clinician: {
    centerBound: true,
    writes: true,
    pseudonyms: false,
    imports: false,
    administers: false,
    probe: false,
    reads: ["records", "analysis", "telemetry"]
  },
  statistician: {
    centerBound: false,
    writes: false,
    pseudonyms: true,
    imports: false,
    administers: false,
    probe: false,
    reads: ["analysis"]
  },
  device: {
    centerBound: true,
    writes: false,
    pseudonyms: false,
    imports: false,
    administers: false,
    probe: true,
    reads: ["telemetry"]
  }
}

/** Every role, in the order the contract declares them. */
export const roles: ReadonlyArray<Role> = RoleSchema.literals

/** Whether the role enters and corrects clinical records (`mayWrite("clinician")` is true). */
export const mayWrite = (role: Role): boolean => policy[role].writes

/** Whether the role is bound to one center and sees its patients only (`isCenterBound("coordinator")`). */
export const isCenterBound = (role: Role): boolean => policy[role].centerBound

/** Whether the role knows patients by the exports' pseudonym only (`seesPseudonyms("statistician")`). */
export const seesPseudonyms = (role: Role): boolean => policy[role].pseudonyms

/** Whether the role imports existing data (`mayImport("coordinator")`). */
export const mayImport = (role: Role): boolean => policy[role].imports

/** Whether the role manages accounts and centers and reads the audit trail (`mayAdminister("admin")`). */
export const mayAdminister = (role: Role): boolean => policy[role].administers

/** Whether the role is a probe's account (`isProbe("device")`): it posts to its procedure, it reads no page. */
export const isProbe = (role: Role): boolean => policy[role].probe

/** Whether the role reads an area (`mayRead("statistician", "records")` is false). */
export const mayRead = (role: Role, area: Area): boolean => policy[role].reads.includes(area)

/** Whether the role posts a live procedure's events and telemetry: the staff who write, and its probe. */
export const mayDriveProcedure = (role: Role): boolean => mayWrite(role) || isProbe(role)

/** The center a user is bound to, or null for the all-center roles (`centerOf(user)` for a clinician of Piła is "pila"). */
export const centerOf = <C>(user: { readonly role: Role; readonly centerId: C | null }): C | null =>
  isCenterBound(user.role) ? user.centerId : null

const rolesWhere = (allowed: (role: Role) => boolean): ReadonlyArray<Role> => roles.filter(allowed)
const readersOf = (area: Area) => rolesWhere((role) => mayRead(role, area))

/** The roles that may write clinical records. */
export const writerRoles = rolesWhere(mayWrite)
/** The roles that may read patient-level clinical records (the statistician sees only pseudonymized exports). */
export const clinicalRoles = readersOf("records")
/** The roles that may read the analysis, the cohort overview and the pseudonymized exports. */
export const readerRoles = readersOf("analysis")
/** The roles that read a live procedure's state and telemetry: the clinical roles and its probe. */
export const procedureReaderRoles = readersOf("telemetry")
/** The roles that post a live procedure's events and telemetry. */
export const procedureDriverRoles = rolesWhere(mayDriveProcedure)
/** Who may import: an admin (naming the center) and a center's coordinator. */
export const importRoles = rolesWhere(mayImport)
/** The roles that manage accounts and centers and read the audit trail. */
export const adminRoles = rolesWhere(mayAdminister)
/**
 * The roles an administrator gives (a probe's account is made by its procedure): the center-bound first, the
 * administrator last, as the new-account form lists them.
 */
export const staffRoles: ReadonlyArray<Role> = rolesWhere((role) => !isProbe(role)).toSorted(
  (a, b) =>
    Number(isCenterBound(b)) - Number(isCenterBound(a)) || Number(mayAdminister(a)) - Number(mayAdminister(b))
)
/** The roles that may use the dashboard (a probe posts telemetry, it reads no page). */
export const isDashboardRole = (role: Role): boolean => !isProbe(role)
