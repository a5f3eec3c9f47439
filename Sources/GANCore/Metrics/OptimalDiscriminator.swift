import Foundation

/// The best discriminator for a fixed generator (Goodfellow et al. 2014, Proposition 1):
/// D*(x) = p_data(x) / (p_data(x) + p_g(x)), given the two densities at x.
/// Where both densities vanish any answer is optimal; this returns 1/2.
public func optimalDiscriminator(data: Double, model: Double) -> Double {
    data + model > 0 ? data / (data + model) : 0.5
}

/// D*(x) for two 1-D densities.
public func optimalDiscriminator(at x: Double, data: some Density, model: some Density) -> Double {
    optimalDiscriminator(data: data.pdf(x), model: model.pdf(x))
}

/// C(G) = max over D of V(G, D) = E_data[log D*(x)] + E_g[log(1 - D*(x))], integrated on a grid.
/// Theorem 1 of the paper: C(G) = -log 4 + 2 JSD(p_data || p_g), smallest exactly when p_g = p_data.
public func trainingCriterion(data: some Density, model: some Density, on grid: Grid) -> Double {
    grid.integrate { x in
        let (p, q) = (data.pdf(x), model.pdf(x))
        // p log D* + q log(1 - D*), written with log p - log(p + q) so that a density far smaller
        // than the other cannot round D* to exactly 0 or 1; and 0 log 0 counts as 0.
        let total = Foundation.log(p + q)
        return (p > 0 ? p * (Foundation.log(p) - total) : 0) + (q > 0 ? q * (Foundation.log(q) - total) : 0)
    }
}
