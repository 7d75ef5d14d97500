import type { Model } from "@cryoreg/domain"

/**
 * At most `maxPoints` samples for a chart: the series cut into ⌊maxPoints / 2⌋ buckets of consecutive
 * samples, each kept as its coldest and its warmest tip sample (in time order), so no extreme is lost.
 * A series that already fits is returned whole.
 *
 * @example
 * downsample(samples, 200).length <= 200
 */
export const downsample = (
  samples: ReadonlyArray<Model.TelemetrySample>,
  maxPoints: number
): ReadonlyArray<Model.TelemetrySample> => {
  if (samples.length <= maxPoints) return samples
  const buckets = Math.max(1, Math.floor(maxPoints / 2))
  const kept: Array<Model.TelemetrySample> = []
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor((b * samples.length) / buckets)
    const end = Math.floor(((b + 1) * samples.length) / buckets)
    let min = start
    let max = start
    for (let i = start + 1; i < end; i++) {
      if (samples[i]!.tipTemperatureC < samples[min]!.tipTemperatureC) min = i
      if (samples[i]!.tipTemperatureC > samples[max]!.tipTemperatureC) max = i
    }
    kept.push(samples[Math.min(min, max)]!)
    if (max !== min) kept.push(samples[Math.max(min, max)]!)
  }
  return kept
}
