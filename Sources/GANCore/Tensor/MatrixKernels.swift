/// The matrix product kernel behind `matmul`, written for speed.
///
/// It keeps a 6x8 block of the output in SIMD registers while it walks the
/// shared dimension, so each value of A and B is loaded once per block
/// instead of once per product. A is read through two strides, so a transposed
/// A (as in the weight gradient X^T * dY) costs no copy. The sum for every
/// output element runs over the shared dimension in increasing order, whatever
/// the blocking, so results are bit-identical from run to run (no BLAS).
enum MatrixKernels {
    /// Where element (i, p) of A sits: `i * row + p * column`.
    struct Strides {
        let row: Int
        let column: Int
    }

    /// c (m x n) = A (m x k) * b (k x n), or c += A * b when `accumulate`; b and c are row-major.
    ///
    /// One thread on purpose: on a busy shared machine, handing half of each product to a second
    /// thread cost more in wake-up latency than it saved (67 against 207 steps/s on the ring benchmark).
    static func multiply(
        _ a: UnsafePointer<Float>, _ strides: Strides, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        m: Int, k: Int, n: Int, accumulate: Bool
    ) {
        let fullCols = n - n % 8
        var j = 0
        // Column panels outside, rows inside: a k x 8 panel of B stays in L1 cache while every row uses it.
        while j < fullCols {
            var i = 0
            while i + 6 <= m {
                block6x8(a + i * strides.row, strides, b + j, n, c + i * n + j, n, k, accumulate)
                i += 6
            }
            while i < m {
                block1x8(a + i * strides.row, strides.column, b + j, n, c + i * n + j, k, accumulate)
                i += 1
            }
            j += 8
        }
        for column in fullCols..<n {
            narrowColumn(a, strides, b + column, n, c + column, n, m: m, k: k, accumulate)
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

    /// Six rows by eight columns: 12 SSE or 6 AVX registers of sums, which fits either register file.
    @inline(__always)
    private static func block6x8(
        _ a: UnsafePointer<Float>, _ strides: Strides, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ k: Int, _ accumulate: Bool
    ) {
        let (lda, step) = (strides.row, strides.column)
        var c0 = accumulate ? load(c) : SIMD8()
        var c1 = accumulate ? load(c + ldc) : SIMD8()
        var c2 = accumulate ? load(c + 2 * ldc) : SIMD8()
        var c3 = accumulate ? load(c + 3 * ldc) : SIMD8()
        var c4 = accumulate ? load(c + 4 * ldc) : SIMD8()
        var c5 = accumulate ? load(c + 5 * ldc) : SIMD8()
        var (ap, bp) = (a, b)
        for _ in 0..<k {
            let row = load(bp)
            // Multiply, then add: no fused multiply-add, so the rounding matches the other paths exactly.
            c0 += ap[0] * row
            c1 += ap[lda] * row
            c2 += ap[2 * lda] * row
            c3 += ap[3 * lda] * row
            c4 += ap[4 * lda] * row
            c5 += ap[5 * lda] * row
            ap += step
            bp += ldb
        }
        store(c0, c)
        store(c1, c + ldc)
        store(c2, c + 2 * ldc)
        store(c3, c + 3 * ldc)
        store(c4, c + 4 * ldc)
        store(c5, c + 5 * ldc)
    }

    @inline(__always)
    private static func block1x8(
        _ a: UnsafePointer<Float>, _ step: Int, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ k: Int, _ accumulate: Bool
    ) {
        var c0 = accumulate ? load(c) : SIMD8()
        var (ap, bp) = (a, b)
        for _ in 0..<k {
            c0 += ap[0] * load(bp)
            ap += step
            bp += ldb
        }
        store(c0, c)
    }

    /// One output column, for widths that are not a multiple of 8 (such as a 1-logit layer).
    /// The column of B is copied out so that the inner loop reads it contiguously.
    private static func narrowColumn(
        _ a: UnsafePointer<Float>, _ strides: Strides, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, m: Int, k: Int, _ accumulate: Bool
    ) {
        let column = [Float](unsafeUninitializedCapacity: k) { buffer, initialized in
            for p in 0..<k { buffer[p] = b[p * ldb] }
            initialized = k
        }
        column.withUnsafeBufferPointer { column in
            let y = column.baseAddress!
            var i = 0
            if strides.row == 1 {
                // A transposed: eight neighbouring outputs read neighbouring values, one SIMD lane each.
                while i + 8 <= m {
                    var lanes = SIMD8<Float>()
                    for p in 0..<k { lanes += load(a + i + p * strides.column) * y[p] }
                    for lane in 0..<8 {
                        c[(i + lane) * ldc] = accumulate ? c[(i + lane) * ldc] + lanes[lane] : lanes[lane]
                    }
                    i += 8
                }
            }
            while i < m {
                let product = strides.column == 1
                    ? dot(a + i * strides.row, y, k)
                    : (0..<k).reduce(Float(0)) { $0 + a[i * strides.row + $1 * strides.column] * y[$1] }
                c[i * ldc] = accumulate ? c[i * ldc] + product : product
                i += 1
            }
        }
    }

    /// x . y over k contiguous values, summed in eight lanes, then across them.
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
