export * from "./Descriptives.js"
export * from "./Errors.js"
export type { Sample } from "./Input.js"
