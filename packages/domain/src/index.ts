/** Oswestry Disability Index v2.1a scoring. */
export * as Odi from "./Odi.js"
/** Server status shared by the API and the dashboard. */
export * from "./ServerStatus.js"
