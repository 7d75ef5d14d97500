#!/usr/bin/env Rscript
# Table 2 of the study (pain intensity over time) from cryoreg's tidy visit export, in base R.
#   Rscript scripts/analysis/table2.R visits.csv
# visits.csv is GET /api/export/visits.csv (one row per patient and time point). Means and SDs at each time
# point are over every patient measured then; the repeated-measures ANOVA (aov with an Error stratum per
# patient) and the Bonferroni-adjusted paired t-tests are on the complete cases, the patients with all three
# visits, as the registry's report computes them.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) {
  message("usage: Rscript table2.R <visits.csv exported by cryoreg>")
  quit(status = 2)
}
if (grepl("\\.parquet$", args[1], ignore.case = TRUE)) {
  if (!requireNamespace("arrow", quietly = TRUE)) {
    message("reading a .parquet file needs the R package arrow; give the visits.csv export instead")
    quit(status = 2)
  }
  visits <- as.data.frame(arrow::read_parquet(args[1]))
} else {
  visits <- read.csv(args[1], stringsAsFactors = FALSE, na.strings = "")
}
missing <- setdiff(c("patient", "timepoint", "nrs", "vas"), names(visits))
if (length(missing) > 0) {
  message("not a cryoreg visits export: no column ", paste(missing, collapse = ", "))
  quit(status = 2)
}
times <- c(baseline = "Baseline", month3 = "3 months", month6 = "6 months")
visits <- visits[visits$timepoint %in% names(times), ]
visits$timepoint <- factor(visits$timepoint, levels = names(times))
visits$patient <- factor(visits$patient)

two <- function(x) formatC(x, format = "f", digits = 2)
cell <- function(x) sprintf("%s (%s)", two(mean(x)), two(sd(x)))

cat(sprintf("Table 2 from %s: %d visits of %d patients\n\n", basename(args[1]), nrow(visits),
            nlevels(droplevels(visits$patient))))
cat(sprintf("%-12s %-16s %5s   %-16s %5s\n", "Time point", "NRS mean (SD)", "n", "VAS mean (SD)", "n"))
for (t in names(times)) {
  at <- visits[visits$timepoint == t, ]
  cat(sprintf("%-12s %-16s %5d   %-16s %5d\n", times[[t]], cell(at$nrs), sum(!is.na(at$nrs)),
              cell(at$vas), sum(!is.na(at$vas))))
}

# Complete cases: the patients measured at all three time points.
counts <- table(visits$patient[!is.na(visits$nrs) & !is.na(visits$vas)])
complete <- droplevels(visits[visits$patient %in% names(counts)[counts == 3], ])
n <- nlevels(complete$patient)
cat(sprintf("\nRepeated-measures ANOVA, effect of time (complete cases: %d patients with all three visits)\n", n))
for (scale in c("nrs", "vas")) {
  fit <- aov(as.formula(paste(scale, "~ timepoint + Error(patient / timepoint)")), data = complete)
  within <- summary(fit)[["Error: patient:timepoint"]][[1]]
  row <- within[trimws(rownames(within)) == "timepoint", ]
  cat(sprintf("%s: F(%d, %d) = %s, p = %s\n", toupper(scale), row[["Df"]], within[["Df"]][2],
              two(row[["F value"]]), format(row[["Pr(>F)"]], digits = 3)))
}
cat("\nBonferroni-adjusted paired t-tests (complete cases)\n")
for (scale in c("nrs", "vas")) {
  wide <- reshape(complete[, c("patient", "timepoint", scale)], idvar = "patient", timevar = "timepoint",
                  direction = "wide")
  column <- function(t) wide[[paste(scale, t, sep = ".")]]
  p <- function(a, b) min(1, 3 * t.test(column(a), column(b), paired = TRUE)$p.value)
  cat(sprintf("%s: baseline-3 months p = %s, baseline-6 months p = %s, 3-6 months p = %s\n", toupper(scale),
              format(p("baseline", "month3"), digits = 3), format(p("baseline", "month6"), digits = 3),
              format(p("month3", "month6"), digits = 3)))
}
