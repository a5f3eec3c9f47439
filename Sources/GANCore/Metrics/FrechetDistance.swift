import Foundation

/// The Fréchet distance between two Gaussians, the measure behind FID (Heusel et al., 2017):
/// |μa − μb|² + Tr(Σa + Σb − 2 (Σa Σb)^½). Zero for identical Gaussians; for one dimension it is
/// (μa − μb)² + (σa − σb)².
///
/// Tr (Σa Σb)^½ is the sum of the square roots of the eigenvalues of Σa^½ Σb Σa^½, a symmetric matrix
/// with the same eigenvalues as Σa Σb, so only symmetric eigendecompositions are needed.
public func frechetDistance(
    meanA: [Double], covarianceA: [[Double]], meanB: [Double], covarianceB: [[Double]]
) -> Double {
    let n = meanA.count
    require(meanB.count == n && covarianceA.count == n && covarianceB.count == n,
            "frechetDistance: dimensions \(meanA.count) and \(meanB.count) (covariances \(covarianceA.count), \(covarianceB.count)) differ")
    let meanTerm = zip(meanA, meanB).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
    let traces = (0..<n).reduce(0.0) { $0 + covarianceA[$1][$1] + covarianceB[$1][$1] }
    let rootA = matrixSquareRoot(covarianceA)
    let middle = multiply(multiply(rootA, covarianceB), rootA)
    let symmetric = (0..<n).map { i in (0..<n).map { j in (middle[i][j] + middle[j][i]) / 2 } }
    let crossTrace = SymmetricEigenvalues(symmetric).values.reduce(0.0) { $0 + max($1, 0).squareRoot() }
    return max(meanTerm + traces - 2 * crossTrace, 0)
}

/// The Fréchet distance between Gaussians fitted to two sets of feature vectors (one per row; at least
/// two rows each, all of one length), with the unbiased covariance as in FID's reference code.
public func frechetDistance(_ a: [[Double]], _ b: [[Double]]) -> Double {
    let (fitA, fitB) = (GaussianFit(a), GaussianFit(b))
    return frechetDistance(
        meanA: fitA.mean, covarianceA: fitA.covariance, meanB: fitB.mean, covarianceB: fitB.covariance)
}

/// The mean and unbiased covariance of vectors, one per row.
struct GaussianFit {
    let mean: [Double]
    let covariance: [[Double]]

    init(_ rows: [[Double]]) {
        require(rows.count >= 2, "frechetDistance: needs at least two feature vectors, got \(rows.count)")
        let n = rows[0].count
        require(rows.allSatisfy { $0.count == n }, "frechetDistance: feature vectors of different lengths")
        let count = Double(rows.count)
        let mean = (0..<n).map { j in rows.reduce(0.0) { $0 + $1[j] } / count }
        var covariance = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for row in rows {
            let centred = zip(row, mean).map { $0 - $1 }
            for i in 0..<n where centred[i] != 0 {
                for j in 0..<n { covariance[i][j] += centred[i] * centred[j] }
            }
        }
        self.mean = mean
        self.covariance = covariance.map { $0.map { $0 / (count - 1) } }
    }
}

/// The symmetric square root of a symmetric positive semi-definite matrix (negative rounding clipped).
private func matrixSquareRoot(_ matrix: [[Double]]) -> [[Double]] {
    let eigen = SymmetricEigenvalues(matrix)
    let n = matrix.count
    var root = Array(repeating: Array(repeating: 0.0, count: n), count: n)
    for (value, vector) in zip(eigen.values, eigen.vectors) {
        let weight = max(value, 0).squareRoot()
        for i in 0..<n where vector[i] != 0 {
            for j in 0..<n { root[i][j] += weight * vector[i] * vector[j] }
        }
    }
    return root
}

private func multiply(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    let (n, m, p) = (a.count, b.count, b.first?.count ?? 0)
    var c = Array(repeating: Array(repeating: 0.0, count: p), count: n)
    for i in 0..<n {
        for k in 0..<m where a[i][k] != 0 {
            for j in 0..<p { c[i][j] += a[i][k] * b[k][j] }
        }
    }
    return c
}
