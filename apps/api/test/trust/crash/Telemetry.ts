import type { Post } from "../../live/support.js"
import { send } from "../support.js"

/** Splits runs of samples into batches of at most `size`, so a kill has many posts to land between. */
export const batches = (posts: ReadonlyArray<Post>, size: number): Array<Post> =>
  posts.flatMap((post) => {
    if (post.kind === "events") return [post]
    const out: Array<Post> = []
    for (let i = 0; i < post.samples.length; i += size)
      out.push({ kind: "samples", samples: post.samples.slice(i, i + size) })
    return out
  })

/**
 * A device driving one live procedure: posts in order, each resent until answered (both routes are
 * idempotent), so after a restart it resumes at the first post not acknowledged.
 */
export class DeviceWorker {
  /** Posts acknowledged so far (a prefix of `posts`). */
  acked = 0
  /** The post that was in flight when the server was killed, if any. */
  inFlight: number | null = null
  /** Whether the post being sent was sent before (its answer cut by a kill), and the last post sent. */
  private resent = false
  private tried = -1

  constructor(
    readonly procedure: string,
    readonly token: string,
    readonly posts: ReadonlyArray<Post>
  ) {}

  async run(url: string, stop: () => boolean) {
    const headers = { authorization: `Bearer ${this.token}` }
    while (!stop() && this.acked < this.posts.length) {
      const post = this.posts[this.acked]!
      this.resent = this.tried === this.acked
      this.tried = this.acked
      this.inFlight = this.acked
      try {
        const answer =
          post.kind === "samples"
            ? await send(url, "POST", `/api/procedures/${this.procedure}/telemetry`, {
                headers,
                body: { samples: post.samples }
              })
            : await send(url, "POST", `/api/procedures/${this.procedure}/events`, {
                headers,
                body: { firstIndex: post.firstIndex, events: post.events }
              })
        // The completing post resent after a kill that cut its answer: the procedure completed and its device
        // token ended with it (issue 19, item 9), so 410 ProcedureEnded there means stored; verifyCompletion checks it.
        const completedBefore = answer.status === 410 && this.acked === this.posts.length - 1 && this.resent
        if (answer.status !== 200 && !completedBefore)
          throw new Error(`refused: ${answer.status} ${answer.text}`)
        this.acked++
        this.inFlight = null
      } catch (error) {
        if (String(error).includes("refused:")) throw error
        return
      }
    }
  }

  /** The sequence numbers of each samples post, in order (null for event posts). */
  seqsOf(index: number): Array<number> | null {
    const post = this.posts[index]!
    return post.kind === "samples" ? post.samples.map((s) => s.seq) : null
  }
}
