#!/usr/bin/env python3
"""Table 2 of the study (pain intensity over time) from cryoreg's tidy visit export, with pandas and statsmodels.

    python3 scripts/analysis/table2.py visits.csv      (or visits.parquet, when pyarrow is installed)

visits.csv is GET /api/export/visits.csv (one row per patient and time point). Means and SDs at each time
point are over every patient measured then; the repeated-measures ANOVA (statsmodels' AnovaRM) and the
Bonferroni-adjusted paired t-tests are on the complete cases, the patients with all three visits, as the
registry's report computes them.
"""
import os
import sys

import pandas as pd
from scipy import stats
from statsmodels.stats.anova import AnovaRM

TIMES = {"baseline": "Baseline", "month3": "3 months", "month6": "6 months"}


def load(path):
    if path.lower().endswith(".parquet"):
        try:
            return pd.read_parquet(path)
        except ImportError:
            sys.exit("reading a .parquet file needs pyarrow; give the visits.csv export instead")
    return pd.read_csv(path)


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: python3 table2.py <visits.csv exported by cryoreg>")
    visits = load(argv[1])
    missing = [c for c in ("patient", "timepoint", "nrs", "vas") if c not in visits.columns]
    if missing:
        sys.exit(f"not a cryoreg visits export: no column {', '.join(missing)}")
    visits = visits[visits["timepoint"].isin(TIMES)]

    def cell(x):
        return f"{x.mean():.2f} ({x.std(ddof=1):.2f})"

    print(f"Table 2 from {os.path.basename(argv[1])}: {len(visits)} visits of {visits['patient'].nunique()} patients\n")
    print(f"{'Time point':<12} {'NRS mean (SD)':<16} {'n':>5}   {'VAS mean (SD)':<16} {'n':>5}")
    for t, label in TIMES.items():
        at = visits[visits["timepoint"] == t]
        print(f"{label:<12} {cell(at['nrs']):<16} {at['nrs'].count():>5}   {cell(at['vas']):<16} {at['vas'].count():>5}")

    # Complete cases: the patients measured at all three time points.
    measured = visits.dropna(subset=["nrs", "vas"])
    counts = measured.groupby("patient")["timepoint"].nunique()
    complete = measured[measured["patient"].isin(counts[counts == 3].index)]
    n = complete["patient"].nunique()
    print(f"\nRepeated-measures ANOVA, effect of time (complete cases: {n} patients with all three visits)")
    for scale in ("nrs", "vas"):
        table = AnovaRM(complete, depvar=scale, subject="patient", within=["timepoint"]).fit().anova_table
        row = table.loc["timepoint"]
        print(f"{scale.upper()}: F({row['Num DF']:.0f}, {row['Den DF']:.0f}) = {row['F Value']:.2f}, p = {row['Pr > F']:.3g}")
    print("\nBonferroni-adjusted paired t-tests (complete cases)")
    for scale in ("nrs", "vas"):
        wide = complete.pivot(index="patient", columns="timepoint", values=scale)

        def p(a, b):
            return min(1.0, 3 * stats.ttest_rel(wide[a], wide[b]).pvalue)

        print(
            f"{scale.upper()}: baseline-3 months p = {p('baseline', 'month3'):.3g}, "
            f"baseline-6 months p = {p('baseline', 'month6'):.3g}, 3-6 months p = {p('month3', 'month6'):.3g}"
        )


if __name__ == "__main__":
    main(sys.argv)
