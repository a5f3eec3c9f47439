import Foundation

/// The eigenvalues and eigenvectors of a real symmetric matrix, by the cyclic Jacobi method: plane
/// rotations, each zeroing one off-diagonal pair, sweep the matrix until it is diagonal to rounding.
/// Slow for large matrices (n³ work per sweep) but simple and exact enough for a few hundred rows.
public struct SymmetricEigenvalues: Sendable {
    /// The eigenvalues, in ascending order.
    public let values: [Double]
    /// The unit eigenvectors, `vectors[i]` belonging to `values[i]`.
    public let vectors: [[Double]]

    /// Decomposes `matrix`, which must be square and symmetric.
    public init(_ matrix: [[Double]]) {
        let n = matrix.count
        require(matrix.allSatisfy { $0.count == n }, "SymmetricEigenvalues: the matrix is not square")
        var a = matrix
        var v = (0..<n).map { i in (0..<n).map { j in i == j ? 1.0 : 0.0 } }
        for _ in 0..<100 {
            var offDiagonal = 0.0
            for i in 0..<n { for j in 0..<n where i != j { offDiagonal += a[i][j] * a[i][j] } }
            let scale = a.indices.reduce(0.0) { $0 + a[$1][$1] * a[$1][$1] }
            if offDiagonal <= 1e-30 * max(scale, 1e-300) { break }
            for p in 0..<n {
                for q in p + 1..<n where a[p][q] != 0 {
                    // The rotation angle that zeroes a[p][q] (Golub and Van Loan, section 8.5).
                    let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for k in 0..<n {
                        let (akp, akq) = (a[k][p], a[k][q])
                        a[k][p] = c * akp - s * akq
                        a[k][q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let (apk, aqk) = (a[p][k], a[q][k])
                        a[p][k] = c * apk - s * aqk
                        a[q][k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let (vkp, vkq) = (v[k][p], v[k][q])
                        v[k][p] = c * vkp - s * vkq
                        v[k][q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let order = (0..<n).sorted { a[$0][$0] < a[$1][$1] }
        values = order.map { a[$0][$0] }
        vectors = order.map { column in (0..<n).map { v[$0][column] } }
    }
}
