/// The log-likelihood of a data set under a density: the sum of log p(x) over the values.
public func logLikelihood(_ xs: [Double], _ density: some Density) -> Double {
    xs.reduce(0) { $0 + density.logPdf($1) }
}

/// The mean log-likelihood per value (comparable across data sets of different sizes).
public func meanLogLikelihood(_ xs: [Double], _ density: some Density) -> Double {
    require(!xs.isEmpty, "meanLogLikelihood: no values")
    return logLikelihood(xs, density) / Double(xs.count)
}
