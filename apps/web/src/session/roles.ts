import { clinicalRoles, type Role, type User, writerRoles } from "@cryoreg/contract"

/** Whether a user may enter and correct clinical records (the statistician may not). */
export const canWrite = (user: User | null | undefined): boolean =>
  user !== null && user !== undefined && writerRoles.includes(user.role)

/** Whether a user may open patient-level pages: records and live procedures (the statistician may not). */
export const canReadPatients = (user: User | null | undefined): boolean =>
  user !== null && user !== undefined && clinicalRoles.includes(user.role)

/** Whether the user sees pseudonymized data only. */
export const isPseudonymized = (user: User | null | undefined): boolean => user?.role === "statistician"

/** Whether a role may use the dashboard at all (devices post telemetry, they do not read pages). */
export const isDashboardRole = (role: Role): boolean => role !== "device"
