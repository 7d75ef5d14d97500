import type { ExclusionId } from "../Model/Screening.js"

/** The study's exclusion criteria in its order, each with the condition as a clinician would name it. */
export const exclusions: ReadonlyArray<readonly [ExclusionId, string]> = [
  ["acuteOrProgressiveRadiculopathy", "acute or progressive radiculopathy"],
  ["nerveRootCompressionRequiringSurgery", "imaging-confirmed nerve root compression requiring surgery"],
  ["inflammatorySacroiliitis", "inflammatory sacroiliitis"],
  ["priorSijFusion", "a prior sacroiliac joint fusion"],
  ["coagulationDisorder", "a coagulation disorder precluding interventional procedures"],
  ["activeInfection", "an active infection"],
  ["pregnancy", "a pregnancy"],
  ["severeSystemicDisease", "a severe systemic disease that could interfere with treatment or follow-up"]
]
