# GNU R reference timings for bench/index.ts (not needed by tests or CI):
#   Rscript packages/stats/bench/r-reference.R
# Median elapsed time of repeated calls, same routes as the README of the R vectors.
median_ms <- function(expr_fn, runs) {
  expr_fn()  # warm-up
  median(vapply(seq_len(runs), function(i) system.time(expr_fn())[["elapsed"]], 0)) * 1000
}
rm_route <- function(y) {
  fit <- lm(y ~ 1)
  list(mauchly.test(fit, X = ~1), anova(fit, X = ~1, test = "Spherical"))
}
set.seed(1)
for (n in c(1e5, 1e6)) {
  y <- matrix(rnorm(n * 3), n, 3) + rnorm(n)
  cat(sprintf("rmAnova lm/mauchly/anova(Spherical) %g x 3: %.1f ms\n", n, median_ms(function() rm_route(y), 11)))
}
a <- rnorm(1e6); b <- 0.6 * a + 0.8 * rnorm(1e6)
cat(sprintf("paired t.test 1e6 pairs: %.1f ms\n", median_ms(function() t.test(a, b, paired = TRUE), 21)))
x <- rnorm(5000)
reps <- 200
sw <- median_ms(function() for (i in seq_len(reps)) shapiro.test(x), 11) / reps
cat(sprintf("shapiro.test n = 5000: %.1f us\n", sw * 1000))
