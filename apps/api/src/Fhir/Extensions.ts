import { extension as ext } from "./Terms.js"

/** A FHIR extension: a value or nested extensions. */
export interface Extension {
  readonly url: string
  readonly valueBoolean?: boolean
  readonly valueInteger?: number
  readonly valueDecimal?: number
  readonly valueString?: string
  readonly valueCode?: string
  readonly extension?: ReadonlyArray<Extension>
}

type Field =
  | string
  | number
  | boolean
  | null
  | undefined
  | ReadonlyArray<Field>
  | { readonly [k: string]: Field }

const absent: Extension = { url: ext.dataAbsentReason, valueCode: "unknown" }

const fieldValue = (url: string, value: Field): Array<Extension> => {
  if (value === undefined) return []
  if (value === null) return [{ url, extension: [absent] }]
  if (Array.isArray(value)) return value.flatMap((v) => fieldValue(url, v))
  if (typeof value === "boolean") return [{ url, valueBoolean: value }]
  if (typeof value === "number")
    return [Number.isInteger(value) ? { url, valueInteger: value } : { url, valueDecimal: value }]
  if (typeof value === "string") return [{ url, valueString: value }]
  return [{ url, extension: fieldsOf(value as { readonly [k: string]: Field }) }]
}

/**
 * A record's fields as sub-extensions named by the field: numbers as valueInteger/valueDecimal, text as
 * valueString, yes/no as valueBoolean, a null as a data-absent-reason, a list as the field repeated, a
 * nested record as nested extensions. `readFields` reads them back.
 */
export const fieldsOf = (record: { readonly [k: string]: Field }): Array<Extension> =>
  Object.entries(record).flatMap(([key, value]) => fieldValue(key, value))

/** An extension holding a record's fields (`fieldsOf`). */
export const recordExtension = (url: string, record: object): Extension => ({
  url,
  extension: fieldsOf(record as { readonly [k: string]: Field })
})

const read = (e: Extension, lists: ReadonlySet<string>): unknown => {
  if (e.valueBoolean !== undefined) return e.valueBoolean
  if (e.valueInteger !== undefined) return e.valueInteger
  if (e.valueDecimal !== undefined) return e.valueDecimal
  if (e.valueString !== undefined) return e.valueString
  if (e.valueCode !== undefined) return e.valueCode
  const inner = e.extension ?? []
  if (inner.length === 1 && inner[0]!.url === ext.dataAbsentReason) return null
  return readFields(inner, lists)
}

/** The record `fieldsOf` wrote; the fields named in `lists` are lists even when they hold one value (absent when none). */
export const readFields = (
  extensions: ReadonlyArray<Extension>,
  lists: ReadonlySet<string> = new Set()
): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const e of extensions) {
    const value = read(e, lists)
    if (lists.has(e.url)) out[e.url] = [...((out[e.url] as Array<unknown> | undefined) ?? []), value]
    else out[e.url] = value
  }
  return out
}

/** The first extension with this URL among a resource's extensions. */
export const extensionOf = (
  resource: { readonly extension?: ReadonlyArray<Extension> },
  url: string
): Extension | undefined => resource.extension?.find((e) => e.url === url)
