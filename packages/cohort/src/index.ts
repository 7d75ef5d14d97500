/** The synthetic study cohort calibrated to the paper's Tables 1–10. */

export {
  type DemoRegistry,
  demoCenters,
  type FailedCriterion,
  generateDemoRegistry,
  type IneligibleCandidate
} from "./DemoRegistry.js"
export { type GeneratedCohort, generateStudyCohort, type Miss, type StudyCohort } from "./StudyCohort.js"
