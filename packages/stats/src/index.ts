export * from "./Descriptives.js"
export * from "./Errors.js"
export type { CheckedMatrix, FlatMatrix, Matrix, Sample } from "./Input.js"
export * from "./ShapiroWilk.js"
