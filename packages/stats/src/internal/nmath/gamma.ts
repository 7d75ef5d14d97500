/*
 * Gamma-family functions ported from GNU R 4.2's nmath (GPL-2 or later); see the files re-exported here.
 */
export { dbinom, dbinomRaw, dhyper, dpoisRaw } from "./discrete.js"
export { gammafn, lgammacor, lgammafn } from "./lgamma.js"
export { lgamma1p, log1pmx } from "./log1pmx.js"
export { pchisq, pgamma, pgammaRaw } from "./pgamma.js"
export { bd0, lbeta, stirlerr } from "./stirlerr.js"
