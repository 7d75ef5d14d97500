import { Access, type User } from "@cryoreg/contract"

// The dashboard asks the contract's access policy, as the API does; these only accept no user (signed out).

/** Whether a user may enter and correct clinical records (the statistician may not). */
export const canWrite = (user: User | null | undefined): boolean =>
  user !== null && user !== undefined && Access.mayWrite(user.role)

/** Whether a user may open patient-level pages: records and live procedures (the statistician may not). */
export const canReadPatients = (user: User | null | undefined): boolean =>
  user !== null && user !== undefined && Access.mayRead(user.role, "records")

/** Whether the user sees pseudonymized data only. */
export const isPseudonymized = (user: User | null | undefined): boolean =>
  user !== null && user !== undefined && Access.seesPseudonyms(user.role)

/** Whether a user manages accounts and centers (and names the center of an import). */
export const canAdminister = (user: User | null | undefined): boolean =>
  user !== null && user !== undefined && Access.mayAdminister(user.role)
