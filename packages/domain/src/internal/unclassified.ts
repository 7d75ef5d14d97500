import { Data } from "effect"

/** Drugs the classification does not know: add them to the table rather than guessing a category. */
export class UnclassifiedAnalgesic extends Data.TaggedError("UnclassifiedAnalgesic")<{
  readonly drugs: ReadonlyArray<string>
  readonly message: string
}> {
  /** The error for these unknown drug names. */
  static of(drugs: ReadonlyArray<string>): UnclassifiedAnalgesic {
    return new UnclassifiedAnalgesic({
      drugs,
      message: `cannot classify ${drugs.map((d) => JSON.stringify(d)).join(", ")}: give the drug's generic name (e.g. ibuprofen, tramadol) or its ATC code (e.g. N02AX02)`
    })
  }
}
