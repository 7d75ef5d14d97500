/*
 * Port of the macros of R's src/nmath/dpq.h and a few constants of nmath.h
 * (GNU R, Copyright (C) 2000-2021 The R Core Team; GPL-2 or later).
 */

/** DBL_EPSILON of IEEE-754 double precision. */
export const DBL_EPSILON = 2.220446049250313e-16
/** DBL_MIN, the smallest normalised positive double. */
export const DBL_MIN = 2.2250738585072014e-308
/** DBL_MAX, the largest finite double. */
export const DBL_MAX = Number.MAX_VALUE
/** log(2). */
export const M_LN2 = Math.LN2
/** log(sqrt(2*pi)). */
export const M_LN_SQRT_2PI = 0.9189385332046728
/** log(sqrt(pi/2)). */
export const M_LN_SQRT_PId2 = 0.22579135264472744
/** 1/sqrt(2*pi). */
export const M_1_SQRT_2PI = 0.3989422804014327
/** sqrt(32). */
export const M_SQRT_32 = 5.656854249492381
/** 2*pi. */
export const M_2PI = 6.283185307179586
/** log(2*pi). */
export const M_LN_2PI = 1.8378770664093456
/** 1/pi. */
export const M_1_PI = 0.3183098861837907

/** R_D__0: the probability 0 on the (log) scale. */
export const rD0 = (logP: boolean): number => (logP ? Number.NEGATIVE_INFINITY : 0)
/** R_D__1: the probability 1 on the (log) scale. */
export const rD1 = (logP: boolean): number => (logP ? 0 : 1)
/** R_DT_0: the tail probability 0 for the requested tail and scale. */
export const rDT0 = (lowerTail: boolean, logP: boolean): number => (lowerTail ? rD0(logP) : rD1(logP))
/** R_DT_1: the tail probability 1 for the requested tail and scale. */
export const rDT1 = (lowerTail: boolean, logP: boolean): number => (lowerTail ? rD1(logP) : rD0(logP))
/** R_D_exp: exp(x) on the requested scale. */
export const rDExp = (x: number, logP: boolean): number => (logP ? x : Math.exp(x))
/** R_D_val: x on the requested scale. */
export const rDVal = (x: number, logP: boolean): number => (logP ? Math.log(x) : x)
/** R_D_Clog: 1 - p on the requested scale. */
export const rDClog = (p: number, logP: boolean): number => (logP ? Math.log1p(-p) : 0.5 - p + 0.5)
/** R_Log1_Exp: log(1 - exp(x)) computed accurately for x <= 0. */
export const log1Exp = (x: number): number =>
  x > -M_LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x))
/** R_D_LExp: log(1 - exp(x)) on the log scale, 1 - x otherwise. */
export const rDLExp = (x: number, logP: boolean): number => (logP ? log1Exp(x) : Math.log1p(-x))
/** R_DT_val: x as a lower-tail probability on the requested tail and scale. */
export const rDTVal = (x: number, lowerTail: boolean, logP: boolean): number =>
  lowerTail ? rDVal(x, logP) : rDClog(x, logP)
/** R_DT_qIv: the lower-tail probability on the natural scale. */
export const rDTqIv = (p: number, lowerTail: boolean, logP: boolean): number =>
  logP ? (lowerTail ? Math.exp(p) : -Math.expm1(p)) : lowerTail ? p : 0.5 - p + 0.5
/** R_DT_CIv: the upper-tail probability on the natural scale. */
export const rDTCIv = (p: number, lowerTail: boolean, logP: boolean): number =>
  logP ? (lowerTail ? -Math.expm1(p) : Math.exp(p)) : lowerTail ? 0.5 - p + 0.5 : p
