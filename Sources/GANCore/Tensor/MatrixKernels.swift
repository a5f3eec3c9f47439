/// The matrix product kernel behind `matmul`, written for speed.
///
/// It keeps a 4x8 block of the output in SIMD registers while it walks the
/// shared dimension, so each value of A and B is loaded once per block
/// instead of once per product. The sum for every output element runs over
/// the shared dimension in increasing order whatever the blocking, so results
/// are bit-identical from run to run (no BLAS, no reordering).
enum MatrixKernels {
    /// Rows of the output computed together.
    static let blockRows = 4
    /// Columns of the output computed together: one SIMD8 register.
    static let blockCols = 8

    /// c (m x n) = a (m x k) * b (k x n), or c += a * b when `accumulate`; all row-major.
    static func multiply(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        m: Int, k: Int, n: Int, accumulate: Bool
    ) {
        let fullCols = n - n % blockCols
        var j = 0
        // Column panels outside, rows inside: a k x 8 panel of B stays in L1 cache while every row uses it.
        while j < fullCols {
            var i = 0
            while i + blockRows <= m {
                block4x8(a + i * k, k, b + j, n, c + i * n + j, n, k, accumulate)
                i += blockRows
            }
            while i < m {
                block1x8(a + i * k, b + j, n, c + i * n + j, k, accumulate)
                i += 1
            }
            j += blockCols
        }
        for column in fullCols..<n {
            narrowColumn(a, b + column, n, c + column, n, m: m, k: k, accumulate)
        }
    }

    /// dst (cols x rows) = the transpose of src (rows x cols).
    static func transpose(_ src: UnsafePointer<Float>, rows: Int, cols: Int, into dst: UnsafeMutablePointer<Float>) {
        for r in 0..<rows {
            for c in 0..<cols {
                dst[c * rows + r] = src[r * cols + c]
            }
        }
    }

    @inline(__always)
    private static func block4x8(
        _ a: UnsafePointer<Float>, _ lda: Int, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ k: Int, _ accumulate: Bool
    ) {
        var c0 = accumulate ? load(c) : SIMD8()
        var c1 = accumulate ? load(c + ldc) : SIMD8()
        var c2 = accumulate ? load(c + 2 * ldc) : SIMD8()
        var c3 = accumulate ? load(c + 3 * ldc) : SIMD8()
        var (ap, bp) = (a, b)
        for _ in 0..<k {
            let row = load(bp)
            // Multiply, then add: no fused multiply-add, so the rounding matches block1x8 exactly.
            c0 += ap[0] * row
            c1 += ap[lda] * row
            c2 += ap[2 * lda] * row
            c3 += ap[3 * lda] * row
            ap += 1
            bp += ldb
        }
        store(c0, c)
        store(c1, c + ldc)
        store(c2, c + 2 * ldc)
        store(c3, c + 3 * ldc)
    }

    @inline(__always)
    private static func block1x8(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ k: Int, _ accumulate: Bool
    ) {
        var c0 = accumulate ? load(c) : SIMD8()
        var bp = b
        for p in 0..<k {
            c0 += a[p] * load(bp)
            bp += ldb
        }
        store(c0, c)
    }

    /// One output column (for widths that are not a multiple of 8, such as a 1-logit layer):
    /// the column of B is copied out so each output is a contiguous SIMD dot product.
    private static func narrowColumn(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, m: Int, k: Int, _ accumulate: Bool
    ) {
        let column = [Float](unsafeUninitializedCapacity: k) { buffer, initialized in
            for p in 0..<k { buffer[p] = b[p * ldb] }
            initialized = k
        }
        column.withUnsafeBufferPointer { column in
            for i in 0..<m {
                let product = dot(a + i * k, column.baseAddress!, k)
                c[i * ldc] = accumulate ? c[i * ldc] + product : product
            }
        }
    }

    /// x . y over k values, eight lanes at a time.
    @inline(__always)
    private static func dot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ k: Int) -> Float {
        var lanes = SIMD8<Float>()
        var p = 0
        while p + 8 <= k {
            lanes += load(x + p) * load(y + p)
            p += 8
        }
        var sum = lanes.sum()
        while p < k {
            sum += x[p] * y[p]
            p += 1
        }
        return sum
    }

    @inline(__always)
    private static func load(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always)
    private static func load(_ p: UnsafeMutablePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always)
    private static func store(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD8<Float>.self)
    }
}
