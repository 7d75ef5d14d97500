/*
 * Port of R's src/nmath/qnorm.c (Wichura 1988, AS 241 PPND16) as in GNU R 4.2.
 * Copyright (C) 1998 Ross Ihaka; 2000-2021 The R Core Team; AS 241 (C) 1988 Royal Statistical Society.
 * GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { rDTCIv, rDTqIv } from "./dpq.js"
/** Standard normal quantile for a lower (or upper) tail probability p, optionally given as log(p). */
export const qnorm = (p: number, lowerTail: boolean, logP: boolean): number => {
  if (Number.isNaN(p)) return p
  const left = Number.NEGATIVE_INFINITY
  const right = Number.POSITIVE_INFINITY
  if (logP) {
    if (p > 0) return Number.NaN
    if (p === 0) return lowerTail ? right : left
    if (p === left) return lowerTail ? left : right
  } else {
    if (p < 0 || p > 1) return Number.NaN
    if (p === 0) return lowerTail ? left : right
    if (p === 1) return lowerTail ? right : left
  }
  const p_ = rDTqIv(p, lowerTail, logP)
  const q = p_ - 0.5
  let r: number
  let val: number
  if (Math.abs(q) <= 0.425) {
    r = 0.180625 - q * q
    return (
      (q *
        (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) *
          r +
          13731.69376550946) *
          r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((r * 5226.495278852854 + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) *
        r +
        5394.196021424751) *
        r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    )
  }
  r = q > 0 ? rDTCIv(p, lowerTail, logP) : p_
  r = Math.sqrt(-(logP && ((lowerTail && q <= 0) || (!lowerTail && q > 0)) ? p : Math.log(r)))
  if (r <= 5) {
    r += -1.6
    val =
      (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r +
        1.2704582524523684) *
        r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((r * 1.0507500716444169e-9 + 0.0005475938084995345) * r + 0.015198666563616457) * r +
        0.14810397642748008) *
        r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1)
  } else {
    r += -5
    val =
      (((((((r * 2.0103343992922881e-7 + 0.000027115555687434876) * r + 0.0012426609473880784) * r +
        0.026532189526576124) *
        r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-7) * r + 0.000018463183175100548) * r +
        0.0007868691311456133) *
        r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1)
  }
  return q < 0 ? -val : val
}
