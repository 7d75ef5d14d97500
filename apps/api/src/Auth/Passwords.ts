import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from "node:crypto"

// scrypt with N = 2^15, r = 8 (32 MiB a hash): memory-hard, about 0.1 s on one core.
const N = 2 ** 15
const r = 8
const p = 1
const keyLength = 32
const maxmem = 64 * 1024 * 1024

const derive = (password: string, salt: Buffer, n: number, rr: number, pp: number) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, keyLength, { N: n, r: rr, p: pp, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key)
    )
  )

/** A stored password: `scrypt$N$r$p$salt$key` (salt and key base64url). */
export const hash = async (password: string): Promise<string> => {
  const salt = randomBytes(16)
  const key = await derive(password, salt, N, r, p)
  return `scrypt$${N}$${r}$${p}$${salt.toString("base64url")}$${key.toString("base64url")}`
}

/** Whether `password` matches `stored`, compared in constant time. */
export const verify = async (password: string, stored: string): Promise<boolean> => {
  const [scheme, n, rr, pp, salt, key] = stored.split("$")
  if (scheme !== "scrypt" || salt === undefined || key === undefined) return false
  const expected = Buffer.from(key, "base64url")
  const actual = await derive(password, Buffer.from(salt, "base64url"), Number(n), Number(rr), Number(pp))
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** A hash of a password nobody has, verified against when the user name is unknown (same time either way). */
export const decoy: Promise<string> = hash(randomBytes(16).toString("hex"))

/** A new session token: 256 random bits, base64url. */
export const newToken = (): string => randomBytes(32).toString("base64url")

/** What the database keeps of a token: its SHA-256 (a stolen table gives no usable session). */
export const tokenHash = (token: string): string => createHash("sha256").update(token).digest("hex")

/** A generated password for the first accounts: 18 characters from an unambiguous alphabet. */
export const generatePassword = (): string => {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
  return Array.from({ length: 18 }, () => alphabet[randomInt(alphabet.length)]).join("")
}
