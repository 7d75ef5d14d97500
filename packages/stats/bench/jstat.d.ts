// Minimal typing of the parts of jstat (untyped CommonJS) that the tests and the benchmark use.
declare module "jstat" {
  interface JStat {
    /** One-sample t-test of `sample` against `value`, two-sided for sides = 2. */
    ttest(value: number, sample: ReadonlyArray<number>, sides: number): number
    studentt: { cdf(x: number, dof: number): number; inv(p: number, dof: number): number }
    centralF: { cdf(x: number, df1: number, df2: number): number }
    chisquare: { cdf(x: number, dof: number): number }
    normal: { inv(p: number, mean: number, sd: number): number }
    mean(x: ReadonlyArray<number>): number
    stdev(x: ReadonlyArray<number>, sample: boolean): number
  }
  const jStat: JStat
  export default jStat
  export { jStat }
}
