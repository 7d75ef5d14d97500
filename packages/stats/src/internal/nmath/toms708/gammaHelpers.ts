/*
 * Gamma helpers of R's src/nmath/toms708.c (ACM TOMS 708, as in GNU R 4.2): gam1, gamln1, gamln,
 * psi, betaln, gsumln, bcorr, algdiv. Copyright (C) 1992 ACM; the R Core Team.
 * GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { alnrel } from "./elementary.js"

/** 1/gamma(a + 1) - 1 for -0.5 <= a <= 1.5 (TOMS 708 gam1). */
export const gam1 = (a: number): number => {
  let t = a
  const d = a - 0.5
  if (d > 0) t = d - 0.5
  if (t < 0) {
    const top =
      (((((((-1.32674909766242e-4 * t + 2.66505979058923e-4) * t + 0.00223047661158249) * t +
        -0.0118290993445146) *
        t +
        9.30357293360349e-4) *
        t +
        0.118378989872749) *
        t +
        -0.244757765222226) *
        t +
        -0.771330383816272) *
        t +
      -0.422784335098468
    const bot = (0.0559398236957378 * t + 0.273076135303957) * t + 1
    const w = top / bot
    return d > 0 ? (t * w) / a : a * (w + 0.5 + 0.5)
  }
  if (t === 0) return 0
  const top =
    (((((5.89597428611429e-4 * t + -0.00514889771323592) * t + 0.0076696818164949) * t + 0.0597275330452234) *
      t +
      -0.230975380857675) *
      t +
      -0.409078193005776) *
      t +
    0.577215664901533
  const bot =
    (((0.00423244297896961 * t + 0.0261132021441447) * t + 0.158451672430138) * t + 0.427569613095214) * t + 1
  const w = top / bot
  return d > 0 ? (t / a) * (w - 0.5 - 0.5) : a * w
}

/** log(gamma(1 + a)) for -0.2 <= a <= 1.25 (TOMS 708 gamln1). */
export const gamln1 = (a: number): number => {
  if (a < 0.6) {
    const w =
      ((((((-0.00271935708322958 * a + -0.0673562214325671) * a + -0.402055799310489) * a +
        -0.780427615533591) *
        a +
        -0.168860593646662) *
        a +
        0.844203922187225) *
        a +
        0.577215664901533) /
      ((((((6.67465618796164e-4 * a + 0.0325038868253937) * a + 0.361951990101499) * a + 1.56875193295039) *
        a +
        3.12755088914843) *
        a +
        2.88743195473681) *
        a +
        1)
    return -a * w
  }
  const x = a - 0.5 - 0.5
  const w =
    (((((4.97958207639485e-4 * x + 0.017050248402265) * x + 0.156513060486551) * x + 0.565221050691933) * x +
      0.848044614534529) *
      x +
      0.422784335098467) /
    (((((1.16165475989616e-4 * x + 0.00713309612391) * x + 0.10155218743983) * x + 0.548042109832463) * x +
      1.24313399877507) *
      x +
      1)
  return x * w
}

const C0 = 0.0833333333333333
const C1 = -0.00277777777760991
const C2 = 7.9365066682539e-4
const C3 = -5.9520293135187e-4
const C4 = 8.37308034031215e-4
const C5 = -0.00165322962780713

/** log(gamma(a)) for a > 0 (TOMS 708 gamln). */
export const gamln = (a: number): number => {
  if (a <= 0.8) return gamln1(a) - Math.log(a)
  if (a <= 2.25) return gamln1(a - 0.5 - 0.5)
  if (a < 10) {
    const n = Math.trunc(a - 1.25)
    let t = a
    let w = 1
    for (let i = 1; i <= n; ++i) {
      t += -1
      w *= t
    }
    return gamln1(t - 1) + Math.log(w)
  }
  const t = 1 / (a * a)
  const w = (((((C5 * t + C4) * t + C3) * t + C2) * t + C1) * t + C0) / a
  return 0.418938533204673 + w + (a - 0.5) * (Math.log(a) - 1)
}

/** Del(a0) + Del(b0) - Del(a0 + b0) of the log-gamma remainder, a0, b0 >= 8 (TOMS 708 bcorr). */
export const bcorr = (a0: number, b0: number): number => {
  const a = Math.min(a0, b0)
  const b = Math.max(a0, b0)
  const h = a / b
  const c = h / (h + 1)
  const x = 1 / (h + 1)
  const x2 = x * x
  const s3 = x + x2 + 1
  const s5 = x + x2 * s3 + 1
  const s7 = x + x2 * s5 + 1
  const s9 = x + x2 * s7 + 1
  const s11 = x + x2 * s9 + 1
  let t = (1 / b) * (1 / b)
  let w = ((((C5 * s11 * t + C4 * s9) * t + C3 * s7) * t + C2 * s5) * t + C1 * s3) * t + C0
  w *= c / b
  t = (1 / a) * (1 / a)
  return (((((C5 * t + C4) * t + C3) * t + C2) * t + C1) * t + C0) / a + w
}

/** log(gamma(b) / gamma(a + b)) for b >= 8 (TOMS 708 algdiv). */
export const algdiv = (a: number, b: number): number => {
  let c: number
  let d: number
  let h: number
  let x: number
  if (a > b) {
    h = b / a
    c = 1 / (h + 1)
    x = h / (h + 1)
    d = a + (b - 0.5)
  } else {
    h = a / b
    c = h / (h + 1)
    x = 1 / (h + 1)
    d = b + (a - 0.5)
  }
  const x2 = x * x
  const s3 = x + x2 + 1
  const s5 = x + x2 * s3 + 1
  const s7 = x + x2 * s5 + 1
  const s9 = x + x2 * s7 + 1
  const s11 = x + x2 * s9 + 1
  const t = 1 / (b * b)
  let w = ((((C5 * s11 * t + C4 * s9) * t + C3 * s7) * t + C2 * s5) * t + C1 * s3) * t + C0
  w *= c / b
  const u = d * alnrel(a / b)
  const v = a * (Math.log(b) - 1)
  return u > v ? w - v - u : w - u - v
}

/** log(gamma(a + b)) for 1 <= a, b <= 2 (TOMS 708 gsumln). */
export const gsumln = (a: number, b: number): number => {
  const x = a + b - 2
  if (x <= 0.25) return gamln1(x + 1)
  if (x <= 1.25) return gamln1(x) + alnrel(x)
  return gamln1(x - 1) + Math.log(x * (x + 1))
}
