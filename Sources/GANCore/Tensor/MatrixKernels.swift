/// The matrix product kernel behind `matmul`, written for speed.
///
/// It keeps a 6x8 block of the output in SIMD registers while it walks the
/// shared dimension, so each value of A and B is loaded once per block
/// instead of once per product. A is read through two strides, so a transposed
/// A (as in the weight gradient X^T * dY) costs no copy beyond the small
/// broadcast panel of six rows that the block reads A from. The sum for every
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
        if fullCols > 0 {
            // Six rows of A at a time, each value stored once as four copies (a "broadcast" panel), so the
            // inner loop loads it ready-made instead of shuffling a scalar into every lane. The panel is
            // reused for every 8-column panel of B; each output's sum runs over p in increasing order as before.
            let panel = UnsafeMutablePointer<SIMD4<Float>>.allocate(capacity: 6 * max(k, 1))
            defer { panel.deallocate() }
            var i = 0
            while i + 6 <= m {
                var (source, target) = (a + i * strides.row, panel)
                let lda = strides.row
                for _ in 0..<k {
                    target[0] = SIMD4(repeating: source[0])
                    target[1] = SIMD4(repeating: source[lda])
                    target[2] = SIMD4(repeating: source[2 * lda])
                    target[3] = SIMD4(repeating: source[3 * lda])
                    target[4] = SIMD4(repeating: source[4 * lda])
                    target[5] = SIMD4(repeating: source[5 * lda])
                    source += strides.column
                    target += 6
                }
                var j = 0
                while j < fullCols {
                    block6x8(panel, b + j, n, c + i * n + j, n, k, accumulate)
                    j += 8
                }
                i += 6
            }
            if i + 4 <= m {
                // Four leftover rows (m = 256 leaves four): the same panel scheme with four rows.
                var (source, target) = (a + i * strides.row, panel)
                let lda = strides.row
                for _ in 0..<k {
                    target[0] = SIMD4(repeating: source[0])
                    target[1] = SIMD4(repeating: source[lda])
                    target[2] = SIMD4(repeating: source[2 * lda])
                    target[3] = SIMD4(repeating: source[3 * lda])
                    source += strides.column
                    target += 4
                }
                var j = 0
                while j < fullCols {
                    block4x8(panel, b + j, n, c + i * n + j, n, k, accumulate)
                    j += 8
                }
                i += 4
            }
            while i < m {
                var j = 0
                while j < fullCols {
                    block1x8(a + i * strides.row, strides.column, b + j, n, c + i * n + j, k, accumulate)
                    j += 8
                }
                i += 1
            }
        }
        for column in fullCols..<n {
            narrowColumn(a, strides, b + column, n, c + column, n, m: m, k: k, accumulate)
        }
    }

    /// g[j] += src[r, j] for r = 0, 1, ... in turn: each column summed in row order, four columns at a time.
    static func addRows(_ src: UnsafePointer<Float>, rows: Int, cols: Int, into g: UnsafeMutablePointer<Float>) {
        let fullCols = cols - cols % 4
        var j = 0
        while j < fullCols {
            var sum = load4(g + j)
            for r in 0..<rows { sum += load4(src + r * cols + j) }
            store4(sum, g + j)
            j += 4
        }
        while j < cols {
            var sum = g[j]
            for r in 0..<rows { sum += src[r * cols + j] }
            g[j] = sum
            j += 1
        }
    }

    /// dst (cols x rows) = the transpose of src (rows x cols).
    /// Walks 8x8 tiles, so both the reads and the scattered writes stay within a few cache lines.
    static func transpose(_ src: UnsafePointer<Float>, rows: Int, cols: Int, into dst: UnsafeMutablePointer<Float>) {
        let tile = 8
        for r0 in stride(from: 0, to: rows, by: tile) {
            let r1 = min(r0 + tile, rows)
            for c0 in stride(from: 0, to: cols, by: tile) {
                let c1 = min(c0 + tile, cols)
                for r in r0..<r1 {
                    let source = src + r &* cols
                    for c in c0..<c1 { dst[c &* rows &+ r] = source[c] }
                }
            }
        }
    }

    /// Six rows by eight columns: 12 SSE registers of sums, A read from a broadcast panel.
    @inline(__always)
    private static func block6x8(
        _ panel: UnsafePointer<SIMD4<Float>>, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ k: Int, _ accumulate: Bool
    ) {
        var c0l = accumulate ? load4(c) : SIMD4(), c0h = accumulate ? load4(c + 4) : SIMD4()
        var c1l = accumulate ? load4(c + ldc) : SIMD4(), c1h = accumulate ? load4(c + ldc + 4) : SIMD4()
        var c2l = accumulate ? load4(c + 2 * ldc) : SIMD4(), c2h = accumulate ? load4(c + 2 * ldc + 4) : SIMD4()
        var c3l = accumulate ? load4(c + 3 * ldc) : SIMD4(), c3h = accumulate ? load4(c + 3 * ldc + 4) : SIMD4()
        var c4l = accumulate ? load4(c + 4 * ldc) : SIMD4(), c4h = accumulate ? load4(c + 4 * ldc + 4) : SIMD4()
        var c5l = accumulate ? load4(c + 5 * ldc) : SIMD4(), c5h = accumulate ? load4(c + 5 * ldc + 4) : SIMD4()
        var (ap, bp) = (panel, b)
        for _ in 0..<k {
            let (bl, bh) = (load4(bp), load4(bp + 4))
            // Multiply, then add: no fused multiply-add, so the rounding matches the other paths exactly.
            let a0 = ap[0]
            c0l += a0 * bl
            c0h += a0 * bh
            let a1 = ap[1]
            c1l += a1 * bl
            c1h += a1 * bh
            let a2 = ap[2]
            c2l += a2 * bl
            c2h += a2 * bh
            let a3 = ap[3]
            c3l += a3 * bl
            c3h += a3 * bh
            let a4 = ap[4]
            c4l += a4 * bl
            c4h += a4 * bh
            let a5 = ap[5]
            c5l += a5 * bl
            c5h += a5 * bh
            ap += 6
            bp += ldb
        }
        store4(c0l, c); store4(c0h, c + 4)
        store4(c1l, c + ldc); store4(c1h, c + ldc + 4)
        store4(c2l, c + 2 * ldc); store4(c2h, c + 2 * ldc + 4)
        store4(c3l, c + 3 * ldc); store4(c3h, c + 3 * ldc + 4)
        store4(c4l, c + 4 * ldc); store4(c4h, c + 4 * ldc + 4)
        store4(c5l, c + 5 * ldc); store4(c5h, c + 5 * ldc + 4)
    }

    /// Four rows by eight columns, A read from a broadcast panel of four rows. Written out like
    /// `block6x8` rather than shared with it: the sums must stay in named registers to be fast.
    @inline(__always)
    private static func block4x8(
        _ panel: UnsafePointer<SIMD4<Float>>, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ k: Int, _ accumulate: Bool
    ) {
        var c0l = accumulate ? load4(c) : SIMD4(), c0h = accumulate ? load4(c + 4) : SIMD4()
        var c1l = accumulate ? load4(c + ldc) : SIMD4(), c1h = accumulate ? load4(c + ldc + 4) : SIMD4()
        var c2l = accumulate ? load4(c + 2 * ldc) : SIMD4(), c2h = accumulate ? load4(c + 2 * ldc + 4) : SIMD4()
        var c3l = accumulate ? load4(c + 3 * ldc) : SIMD4(), c3h = accumulate ? load4(c + 3 * ldc + 4) : SIMD4()
        var (ap, bp) = (panel, b)
        for _ in 0..<k {
            let (bl, bh) = (load4(bp), load4(bp + 4))
            let a0 = ap[0]
            c0l += a0 * bl
            c0h += a0 * bh
            let a1 = ap[1]
            c1l += a1 * bl
            c1h += a1 * bh
            let a2 = ap[2]
            c2l += a2 * bl
            c2h += a2 * bh
            let a3 = ap[3]
            c3l += a3 * bl
            c3h += a3 * bh
            ap += 4
            bp += ldb
        }
        store4(c0l, c); store4(c0h, c + 4)
        store4(c1l, c + ldc); store4(c1h, c + ldc + 4)
        store4(c2l, c + 2 * ldc); store4(c2h, c + 2 * ldc + 4)
        store4(c3l, c + 3 * ldc); store4(c3h, c + 3 * ldc + 4)
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
    private static func load4(_ p: UnsafePointer<Float>) -> SIMD4<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Float>.self)
    }

    @inline(__always)
    private static func load4(_ p: UnsafeMutablePointer<Float>) -> SIMD4<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Float>.self)
    }

    @inline(__always)
    private static func store4(_ v: SIMD4<Float>, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD4<Float>.self)
    }

    @inline(__always)
    private static func store(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD8<Float>.self)
    }
}
