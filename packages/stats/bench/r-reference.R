# GNU R reference timings, run by bench/index.ts in the same session (not needed by tests or CI):
#   Rscript packages/stats/bench/r-reference.R [folder with visits-107.csv and visits-100000.csv]
# Prints one "key milliseconds" line per timing (median elapsed time of repeated calls), the same
# routes as the README of the R vectors; the mixed models run on the CSVs the benchmark wrote.
median_ms <- function(expr_fn, runs) {
  expr_fn()  # warm-up
  median(vapply(seq_len(runs), function(i) system.time(expr_fn())[["elapsed"]], 0)) * 1000
}
once_ms <- function(expr_fn) system.time(expr_fn())[["elapsed"]] * 1000
report <- function(key, ms) cat(sprintf("%s %.3f\n", key, ms))
rm_route <- function(y) {
  fit <- lm(y ~ 1)
  list(mauchly.test(fit, X = ~1), anova(fit, X = ~1, test = "Spherical"))
}
cat(sprintf("# %s, nlme %s\n", R.version.string, as.character(packageVersion("nlme"))))
set.seed(1)
for (n in c(1e5, 1e6)) {
  y <- matrix(rnorm(n * 3), n, 3) + rnorm(n)
  report(sprintf("rmAnova%.0f", n), median_ms(function() rm_route(y), if (n < 1e6) 11 else 5))
}
a <- rnorm(1e6); b <- 0.6 * a + 0.8 * rnorm(1e6)
report("pairedT1e6", median_ms(function() t.test(a, b, paired = TRUE), 21))
x <- rnorm(5000)
reps <- 200
report("shapiro5000", median_ms(function() for (i in seq_len(reps)) shapiro.test(x), 11) / reps)

args <- commandArgs(trailingOnly = TRUE)
if (length(args) >= 1 && requireNamespace("nlme", quietly = TRUE)) {
  library(nlme)
  gls_fit <- function(d) gls(y ~ factor(time), correlation = corSymm(form = ~ (time + 1) | subject),
    weights = varIdent(form = ~ 1 | factor(time)), data = d, method = "REML")
  lme_fit <- function(d) lme(y ~ factor(time), random = ~ 1 | subject, data = d, method = "REML")
  for (n in c(107, 100000)) {
    d <- read.csv(file.path(args[1], sprintf("visits-%d.csv", n)))
    if (n < 1000) {
      report(sprintf("gls%d", n), median_ms(function() gls_fit(d), 21))
      report(sprintf("lme%d", n), median_ms(function() lme_fit(d), 21))
    } else {
      report(sprintf("lme%d", n), once_ms(function() lme_fit(d)))
      report(sprintf("gls%d", n), once_ms(function() gls_fit(d)))
    }
  }
}
