/** One of the study's three analgesic categories, or none of them. */
export type Category = "nsaids" | "combinationAnalgesics" | "opioidContaining" | "none"

/** A named drug (or fixed combination) with its ATC code and the category it counts in. */
export interface Drug {
  readonly name: string
  readonly atc: string
  readonly category: Category
}

const d = (name: string, atc: string, category: Category): Drug => ({ name, atc, category })

/**
 * The classification. NSAIDs: ATC M01A (NSAID combinations such as ibuprofen+paracetamol M01AE51
 * included). Opioid-containing: ATC N02A, including the N02AJ opioid + non-opioid combinations.
 * Combination analgesics: non-opioid, non-NSAID fixed combinations (N02BE51, N02BA51, N02BB52, N02BB51).
 */
export const drugs: ReadonlyArray<Drug> = [
  d("ibuprofen", "M01AE01", "nsaids"),
  d("naproxen", "M01AE02", "nsaids"),
  d("ketoprofen", "M01AE03", "nsaids"),
  d("dexibuprofen", "M01AE14", "nsaids"),
  d("dexketoprofen", "M01AE17", "nsaids"),
  d("ibuprofen+paracetamol", "M01AE51", "nsaids"),
  d("indometacin", "M01AB01", "nsaids"),
  d("diclofenac", "M01AB05", "nsaids"),
  d("aceclofenac", "M01AB16", "nsaids"),
  d("piroxicam", "M01AC01", "nsaids"),
  d("lornoxicam", "M01AC05", "nsaids"),
  d("meloxicam", "M01AC06", "nsaids"),
  d("celecoxib", "M01AH01", "nsaids"),
  d("etoricoxib", "M01AH05", "nsaids"),
  d("nabumetone", "M01AX01", "nsaids"),
  d("nimesulide", "M01AX17", "nsaids"),
  d("morphine", "N02AA01", "opioidContaining"),
  d("hydromorphone", "N02AA03", "opioidContaining"),
  d("oxycodone", "N02AA05", "opioidContaining"),
  d("dihydrocodeine", "N02AA08", "opioidContaining"),
  d("naloxone+oxycodone", "N02AA55", "opioidContaining"),
  d("pethidine", "N02AB02", "opioidContaining"),
  d("fentanyl", "N02AB03", "opioidContaining"),
  d("buprenorphine", "N02AE01", "opioidContaining"),
  d("tramadol", "N02AX02", "opioidContaining"),
  d("tapentadol", "N02AX06", "opioidContaining"),
  // Codeine alone has no N02 code (R05DA04, antitussive); as an analgesic it is an opioid all the same.
  d("codeine", "R05DA04", "opioidContaining"),
  d("codeine+paracetamol", "N02AJ06", "opioidContaining"),
  d("acetylsalicylic acid+codeine", "N02AJ07", "opioidContaining"),
  d("codeine+ibuprofen", "N02AJ08", "opioidContaining"),
  d("paracetamol+tramadol", "N02AJ13", "opioidContaining"),
  d("dexketoprofen+tramadol", "N02AJ14", "opioidContaining"),
  d("oxycodone+paracetamol", "N02AJ17", "opioidContaining"),
  d("caffeine+paracetamol", "N02BE51", "combinationAnalgesics"),
  d("caffeine+paracetamol+propyphenazone", "N02BE51", "combinationAnalgesics"),
  d("acetylsalicylic acid+caffeine", "N02BA51", "combinationAnalgesics"),
  // WHO ranks paracetamol above acetylsalicylic acid: a product with both is a paracetamol combination.
  d("acetylsalicylic acid+caffeine+paracetamol", "N02BE51", "combinationAnalgesics"),
  d("caffeine+metamizole", "N02BB52", "combinationAnalgesics"),
  d("paracetamol", "N02BE01", "none"),
  d("metamizole", "N02BB02", "none"),
  d("acetylsalicylic acid", "N02BA01", "none"),
  d("gabapentin", "N03AX12", "none"),
  d("pregabalin", "N03AX16", "none"),
  d("amitriptyline", "N06AA09", "none"),
  d("duloxetine", "N06AX21", "none"),
  d("tolperisone", "M03BX04", "none"),
  d("thiocolchicoside", "M03BX05", "none")
]

/** Synonyms used on forms, mapped to the name in `drugs`. */
export const synonyms: Readonly<Record<string, string>> = {
  aspirin: "acetylsalicylic acid",
  asa: "acetylsalicylic acid",
  acetaminophen: "paracetamol",
  indomethacin: "indometacin",
  dipyrone: "metamizole",
  "metamizole sodium": "metamizole",
  meperidine: "pethidine"
}
