import { Config, Effect } from "effect"

/** The edge's limits, each configurable so benchmarks and load tests can raise or lift them. */
export interface Limits {
  /** Requests a second one token may make on average (`CRYOREG_RATE_LIMIT`, default 1000; 0 lifts it). */
  readonly ratePerSecond: number
  /** Requests one token may make in a burst (`CRYOREG_RATE_BURST`, default 10000). */
  readonly rateBurst: number
  /**
   * Failed sign-ins (or password changes) of one account from one address before each further attempt from
   * there waits, 1 s, 2 s, 4 s … up to the window (`CRYOREG_LOGIN_FAILURES_PER_ACCOUNT`, 5; 0 lifts it).
   */
  readonly loginFailuresPerAccount: number
  /** Failed sign-ins from one address, over every account, before it waits likewise (`CRYOREG_LOGIN_FAILURES_PER_ADDRESS`, 250). */
  readonly loginFailuresPerAddress: number
  /** The longest wait, and how long a quiet count is kept (`CRYOREG_LOGIN_WINDOW_MINUTES`, 15). */
  readonly loginWindowMs: number
}

const count = (name: string, fallback: number) =>
  Config.integer(name).pipe(
    Config.validate({ message: "a whole number, 0 or more", validation: (n) => n >= 0 }),
    Config.withDefault(fallback)
  )

/** The limits from the environment (generous defaults: normal use and the test suites never meet them). */
export const limits: Config.Config<Limits> = Config.all({
  ratePerSecond: count("CRYOREG_RATE_LIMIT", 1000),
  rateBurst: count("CRYOREG_RATE_BURST", 10_000),
  loginFailuresPerAccount: count("CRYOREG_LOGIN_FAILURES_PER_ACCOUNT", 5),
  loginFailuresPerAddress: count("CRYOREG_LOGIN_FAILURES_PER_ADDRESS", 250),
  loginWindowMs: count("CRYOREG_LOGIN_WINDOW_MINUTES", 15).pipe(Config.map((m) => m * 60_000))
})

/** Whether `main.ts` writes the request log to stdout (`CRYOREG_REQUEST_LOG`, default on; `0` turns it off). */
export const requestLog = Config.string("CRYOREG_REQUEST_LOG").pipe(
  Config.withDefault("1"),
  Config.map((v) => v !== "0" && v.toLowerCase() !== "false")
)

/** Reads the limits now (they are fixed for the life of an app). */
export const readLimits = (): Limits => Effect.runSync(limits)
