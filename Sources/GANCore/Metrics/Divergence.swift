import Foundation

/// KL(p || q) = integral of p log(p / q), on a grid (1-D densities).
/// Where p is 0 the integrand is 0; where q is 0 but p is not, the divergence is infinite.
public func klDivergence(_ p: some Density, _ q: some Density, on grid: Grid) -> Double {
    grid.integrate { x in klTerm(p.pdf(x), q.pdf(x)) }
}

/// The Jensen-Shannon divergence, KL(p || m) / 2 + KL(q || m) / 2 with m = (p + q) / 2, on a grid.
/// It is symmetric and lies between 0 and log 2.
public func jsDivergence(_ p: some Density, _ q: some Density, on grid: Grid) -> Double {
    grid.integrate { x in jsTerm(p.pdf(x), q.pdf(x)) }
}

/// KL(p || q) between two discrete distributions given as probabilities (such as histograms).
public func klDivergence(_ p: [Double], _ q: [Double]) -> Double {
    require(p.count == q.count, "klDivergence: \(p.count) and \(q.count) probabilities")
    return zip(p, q).reduce(0) { $0 + klTerm($1.0, $1.1) }
}

/// The Jensen-Shannon divergence between two discrete distributions given as probabilities.
public func jsDivergence(_ p: [Double], _ q: [Double]) -> Double {
    require(p.count == q.count, "jsDivergence: \(p.count) and \(q.count) probabilities")
    return zip(p, q).reduce(0) { $0 + jsTerm($1.0, $1.1) }
}

/// p log(p / q), taken as 0 where p = 0; the logs are subtracted so a tiny ratio cannot round to 0.
private func klTerm(_ p: Double, _ q: Double) -> Double {
    p > 0 ? p * (log(p) - log(q)) : 0
}

private func jsTerm(_ p: Double, _ q: Double) -> Double {
    let m = (p + q) / 2
    return (klTerm(p, m) + klTerm(q, m)) / 2
}
