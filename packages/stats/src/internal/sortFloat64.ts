/**
 * In-place ascending sort of finite doubles. V8's `Float64Array.prototype.sort` boxes every
 * element, which made it dominate Shapiro-Wilk at n = 5000; this is a median-of-three Hoare
 * quicksort (ties, as in 0–10 pain scores, split evenly) with insertion sort for short runs.
 */
export const sortFloat64 = (a: Float64Array): Float64Array => {
  quicksort(a, 0, a.length - 1)
  return a
}

const INSERTION_MAX = 16

const insertion = (a: Float64Array, lo: number, hi: number): void => {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i]!
    let j = i - 1
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!
      j--
    }
    a[j + 1] = v
  }
}

const swap = (a: Float64Array, i: number, j: number): void => {
  const t = a[i]!
  a[i] = a[j]!
  a[j] = t
}

const quicksort = (a: Float64Array, lo: number, hi: number): void => {
  while (hi - lo > INSERTION_MAX) {
    // median of three, leaving a[lo] <= pivot <= a[hi] as sentinels for the scans
    const m = (lo + hi) >>> 1
    if (a[m]! < a[lo]!) swap(a, m, lo)
    if (a[hi]! < a[lo]!) swap(a, hi, lo)
    if (a[hi]! < a[m]!) swap(a, hi, m)
    const pivot = a[m]!
    // Hoare partition: scans stop on values equal to the pivot, so ties split evenly
    let i = lo
    let j = hi
    for (;;) {
      do i++
      while (a[i]! < pivot)
      do j--
      while (a[j]! > pivot)
      if (i >= j) break
      swap(a, i, j)
    }
    // recurse into the smaller side, loop on the larger: stack depth stays O(log n)
    if (j - lo < hi - j) {
      quicksort(a, lo, j)
      lo = j + 1
    } else {
      quicksort(a, j + 1, hi)
      hi = j
    }
  }
  insertion(a, lo, hi)
}
