import Foundation

/// V(D, G) = E_data[log D(x)] + E_g[log(1 - D(x))] for a given discriminator, integrated on a grid;
/// `logits[i]` is the discriminator's logit at the grid's i-th point.
///
/// By Proposition 1 of Goodfellow et al. (2014) this never exceeds `trainingCriterion` on the same
/// grid, which the optimal D* attains. Logs are taken as -softplus(-l) and -softplus(l), so a
/// confident logit cannot round D to exactly 0 or 1.
public func discriminatorValue(logits: [Double], data: some Density, model: some Density, on grid: Grid) -> Double {
    require(logits.count == grid.count, "discriminatorValue: \(logits.count) logits for \(grid.count) grid points")
    let values = zip(grid.points, logits).map { x, l in
        let (p, q) = (data.pdf(x), model.pdf(x))
        return (p > 0 ? -p * softplus(-l) : 0) + (q > 0 ? -q * softplus(l) : 0)
    }
    return grid.integrate(values)
}

/// log(1 + e^x) without overflow.
private func softplus(_ x: Double) -> Double {
    max(x, 0) + log1p(exp(-abs(x)))
}
