/*
 * Elementary helpers of R's src/nmath/toms708.c (ACM TOMS 708, Didonato & Morris 1992, C translation
 * with R Core changes, as in GNU R 4.2): exparg, esum, rexpm1, alnrel, rlog1, erf__, erfc1.
 * Copyright (C) 1992 ACM; the R Core Team. GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */

// biome-ignore lint/suspicious/noApproximativeNumericConstant: TOMS 708's truncated ln(2) is part of the algorithm
const LNB = 0.69314718055995
/** exparg(0) = largest w with exp(w) finite; exparg(1) = most negative w with exp(w) > 0 (fuzzed). */
export const exparg = (l: 0 | 1): number => (l === 0 ? 1024 : -1022) * LNB * 0.99999

/** exp(mu + x) without needless overflow (TOMS 708 esum). */
export const esum = (mu: number, x: number, giveLog: boolean): number => {
  if (giveLog) return x + mu
  let w: number
  if (x > 0) {
    if (mu > 0) return Math.exp(mu) * Math.exp(x)
    w = mu + x
    if (w < 0) return Math.exp(mu) * Math.exp(x)
  } else {
    if (mu < 0) return Math.exp(mu) * Math.exp(x)
    w = mu + x
    if (w > 0) return Math.exp(mu) * Math.exp(x)
  }
  return Math.exp(w)
}

/** exp(x) - 1 (TOMS 708 rexpm1). */
export const rexpm1 = (x: number): number => {
  if (Math.abs(x) <= 0.15) {
    return (
      x *
      (((0.0238082361044469 * x + 9.14041914819518e-10) * x + 1) /
        ((((5.95130811860248e-4 * x + -0.0119041179760821) * x + 0.107141568980644) * x +
          -0.499999999085958) *
          x +
          1))
    )
  }
  const w = Math.exp(x)
  return x > 0 ? w * (0.5 - 1 / w + 0.5) : w - 0.5 - 0.5
}

/** log(1 - exp(x)) for x <= 0, via rexpm1 as toms708.c redefines R_Log1_Exp. */
export const log1ExpR = (x: number): number =>
  x > -Math.LN2 ? Math.log(-rexpm1(x)) : Math.log1p(-Math.exp(x))

/** log(1 + a) (TOMS 708 alnrel). */
export const alnrel = (a: number): number => {
  if (Math.abs(a) > 0.375) return Math.log(1 + a)
  const t = a / (a + 2)
  const t2 = t * t
  const w =
    (((-0.0178874546012214 * t2 + 0.405303492862024) * t2 + -1.29418923021993) * t2 + 1) /
    (((-0.0845104217945565 * t2 + 0.747811014037616) * t2 + -1.62752256355323) * t2 + 1)
  return t * 2 * w
}

/** x - log(1 + x) (TOMS 708 rlog1). */
export const rlog1 = (x: number): number => {
  if (x < -0.39 || x > 0.57) return x - Math.log(x + 0.5 + 0.5)
  let h: number
  let w1: number
  if (x < -0.18) {
    h = (x + 0.3) / 0.7
    w1 = 0.0566749439387324 - h * 0.3
  } else if (x > 0.18) {
    h = x * 0.75 - 0.25
    w1 = 0.0456512608815524 + h / 3
  } else {
    h = x
    w1 = 0
  }
  const r = h / (h + 2)
  const t = r * r
  const w =
    ((0.00620886815375787 * t + -0.224696413112536) * t + 0.333333333333333) /
    ((0.354508718369557 * t + -1.27408923933623) * t + 1)
  return t * 2 * (1 / (1 - r) - r * w) + w1
}

const C = 0.564189583547756
const smallTop = (t: number) =>
  (((7.7105849500132e-5 * t + -0.00133733772997339) * t + 0.0323076579225834) * t + 0.0479137145607681) * t +
  0.128379167095513 +
  1
const smallBot = (t: number) =>
  ((0.00301048631703895 * t + 0.0538971687740286) * t + 0.375795757275549) * t + 1
const midTop = (ax: number) =>
  ((((((-1.36864857382717e-7 * ax + 0.564195517478974) * ax + 7.21175825088309) * ax + 43.1622272220567) *
    ax +
    152.98928504694) *
    ax +
    339.320816734344) *
    ax +
    451.918953711873) *
    ax +
  300.459261020162
const midBot = (ax: number) =>
  ((((((1 * ax + 12.7827273196294) * ax + 77.0001529352295) * ax + 277.585444743988) * ax +
    638.980264465631) *
    ax +
    931.35409485061) *
    ax +
    790.950925327898) *
    ax +
  300.459260956983
const bigTop = (t: number) =>
  (((2.10144126479064 * t + 26.2370141675169) * t + 21.3688200555087) * t + 4.6580782871847) * t +
  0.282094791773523
const bigBot = (t: number) =>
  (((94.153775055546 * t + 187.11481179959) * t + 99.0191814623914) * t + 18.0124575948747) * t + 1

/** The error function (TOMS 708 erf__). */
export const erf = (x: number): number => {
  const ax = Math.abs(x)
  if (ax <= 0.5) {
    const t = x * x
    return x * (smallTop(t) / smallBot(t))
  }
  if (ax <= 4) {
    const r = 0.5 - (Math.exp(-x * x) * midTop(ax)) / midBot(ax) + 0.5
    return x < 0 ? -r : r
  }
  if (ax >= 5.8) return x > 0 ? 1 : -1
  const x2 = x * x
  let t = 1 / x2
  t = (C - bigTop(t) / (x2 * bigBot(t))) / ax
  const r = 0.5 - Math.exp(-x2) * t + 0.5
  return x < 0 ? -r : r
}

/** erfc(x) if ind = 0, exp(x^2) * erfc(x) otherwise (TOMS 708 erfc1). */
export const erfc1 = (ind: 0 | 1, x: number): number => {
  const ax = Math.abs(x)
  let ret: number
  if (ax <= 0.5) {
    const t = x * x
    ret = 0.5 - x * (smallTop(t) / smallBot(t)) + 0.5
    return ind !== 0 ? Math.exp(t) * ret : ret
  }
  if (ax <= 4) {
    ret = midTop(ax) / midBot(ax)
  } else {
    if (x <= -5.6) return ind !== 0 ? Math.exp(x * x) * 2 : 2
    if (ind === 0 && (x > 100 || x * x > -exparg(1))) return 0
    const t = 1 / (x * x)
    ret = (C - (t * bigTop(t)) / bigBot(t)) / ax
  }
  if (ind !== 0) {
    if (x < 0) ret = Math.exp(x * x) * 2 - ret
  } else {
    ret = Math.exp(-(x * x)) * ret
    if (x < 0) ret = 2 - ret
  }
  return ret
}
