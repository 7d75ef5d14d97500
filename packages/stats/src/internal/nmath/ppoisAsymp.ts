/*
 * ppois_asymp and dpnorm of R's src/nmath/pgamma.c (Morten Welinder, 2005-6) as in GNU R 4.2.
 * Copyright (C) 2005-6 Morten Welinder; 2005-10 The R Foundation; 2006-2021 The R Core Team.
 * GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { DBL_EPSILON } from "./dpq.js"
import { log1pmx } from "./log1pmx.js"
import { dnorm, pnorm } from "./normal.js"

// dnorm(x) / pnorm(x, lowerTail), Abramowitz & Stegun 26.2.12; lp = log pnorm(x, lowerTail)
const dpnorm = (x: number, lowerTail: boolean, lp: number): number => {
  if (x < 0) {
    x = -x
    lowerTail = !lowerTail
  }
  if (x > 10 && !lowerTail) {
    let term = 1 / x
    let sum = term
    const x2 = x * x
    let i = 1
    do {
      term *= -i / x2
      sum += term
      i += 2
    } while (Math.abs(term) > DBL_EPSILON * sum)
    return 1 / sum
  }
  return dnorm(x, false) / Math.exp(lp)
}

const coefsA = new Float64Array([
  -1e99,
  2 / 3,
  -4 / 135,
  8 / 2835,
  16 / 8505,
  -8992 / 12629925,
  -334144 / 492567075,
  698752 / 1477701225
])
const coefsB = new Float64Array([
  -1e99,
  1 / 12,
  1 / 288,
  -139 / 51840,
  -571 / 2488320,
  163879 / 209018880,
  5246819 / 75246796800,
  -534703531 / 902961561600
])

/** Asymptotic expansion of P(Poisson(lambda) <= x) (R's ppois_asymp). */
export const ppoisAsymp = (x: number, lambda: number, lowerTail: boolean, logP: boolean): number => {
  const dfm = lambda - x
  const pt_ = -log1pmx(dfm / x)
  let s2pt = Math.sqrt(2 * x * pt_)
  if (dfm < 0) s2pt = -s2pt
  let res12 = 0
  let res1Term = Math.sqrt(x)
  let res1Ig = res1Term
  let res2Term = s2pt
  let res2Ig = s2pt
  for (let i = 1; i < 8; i++) {
    res12 += res1Ig * coefsA[i]!
    res12 += res2Ig * coefsB[i]!
    res1Term *= pt_ / i
    res2Term *= (2 * pt_) / (2 * i + 1)
    res1Ig = res1Ig / x + res1Term
    res2Ig = res2Ig / x + res2Term
  }
  let elfb = x
  let elfbTerm = 1
  for (let i = 1; i < 8; i++) {
    elfb += elfbTerm * coefsB[i]!
    elfbTerm /= x
  }
  if (!lowerTail) elfb = -elfb
  const f = res12 / elfb
  const np = pnorm(s2pt, !lowerTail, logP)
  if (logP) return np + Math.log1p(f * dpnorm(s2pt, !lowerTail, np))
  return np + f * dnorm(s2pt, false)
}
