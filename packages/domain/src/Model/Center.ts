import { Schema } from "effect"
import { CenterId } from "./Ids.js"

/** A participating interventional pain center (the study had two: Warsaw and Piła). */
export class Center extends Schema.Class<Center>("Center")({
  id: CenterId,
  name: Schema.NonEmptyTrimmedString,
  city: Schema.NonEmptyTrimmedString
}) {}
