/// The matrix product kernel behind `matmul`, written for speed and for identical results everywhere.
///
/// Every output element is one sum over the shared dimension p = 0, 1, 2, ..., each term added with a
/// fused multiply-add, `c = fma(a, b, c)`: the product and the sum rounded once, as IEEE 754 defines it.
/// The order of the terms never depends on the blocking, the threads or the machine, so the same inputs
/// give the same bits on every run and every computer. GANCore is compiled for the CPU it runs on
/// (`-target-cpu native`, see Package.swift), so a CPU with FMA instructions (x86-64 since 2013, every
/// ARM64) does each fma in one instruction; an older x86-64 gets the same result from `fmaf`, slowly.
///
/// For speed, the kernel keeps a block of 6 rows x 16 columns of the output in twelve 8-lane SIMD
/// registers while it walks p. Per step it loads 16 values of B and 6 of A (each A value repeated across
/// the lanes) for 96 multiply-adds, so the arithmetic, not memory, sets the pace. A is read through two
/// strides, so a transposed A (as in the weight gradient X^T * dY) needs no copy. Panels of 32 columns
/// use the same scheme with 16-lane vectors (`wideBlock`), one AVX-512 register each where the CPU has them.
enum MatrixKernels {
    /// Where element (i, p) of A sits: `i * row + p * column`.
    struct Strides {
        let row: Int
        let column: Int
    }

    /// What the sums of a product start from.
    enum Start {
        /// Zero: c = A * b.
        case zero
        /// C's own values: c += A * b (gradient buffers).
        case output
        /// One row, the same for every row of C: c = bias + A * b (a dense layer).
        case row(UnsafePointer<Float>)

        /// The start of the panel that begins at `column`.
        func shifted(by column: Int) -> Start {
            if case .row(let values) = self { return .row(values + column) }
            return self
        }
    }

    /// The rows in a full block: twelve 8-lane sums plus two of B and one of A fill the 16 vector registers.
    private static let blockRows = 6

    /// c (m x n) = A (m x k) * b (k x n), each sum starting from `start`, then `finish` applied to every
    /// value as it is stored (a layer's nonlinearity); b and c are row-major.
    ///
    /// The columns are cut into panels of 32 (`wideBlock`) and at most one of 16 (`block`); the last 1 to 15
    /// columns (a 1-logit layer, a 2-D sample) go through `narrowColumns`, which puts rows rather than
    /// columns in the vector lanes.
    ///
    /// A product worth sharing is cut into two halves of rows: the calling thread takes the first, the helper
    /// thread the second (``ParallelLoop`` hands them out so). Every layer of a batch cuts its rows the
    /// same way, so each thread mostly reads rows it wrote itself: on this kind of machine, writing or reading
    /// memory that the other core wrote last costs several times as much as memory in the core's own cache.
    /// A product is worth sharing when it is large, or when A holds batch rows (stored row by row) and the
    /// product moves enough memory. A weight gradient reads A transposed, and all of its rows, so it is
    /// shared only when large.
    static func multiply<Finish: PointwiseFunction>(
        _ a: UnsafePointer<Float>, _ strides: Strides, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        m: Int, k: Int, n: Int, start: Start, finish: Finish
    ) {
        let (widePanels, panels) = (n / 32, n / 32 + n % 32 / 16)
        let blocks = (m + blockRows - 1) / blockRows
        let parts = blocks >= 2 && worthSharing(m: m, k: k, n: n, strides) ? 2 : 1
        ParallelLoop.run(count: parts, worthSharing: parts > 1) { part in
            let rows = part * blocks / parts * blockRows..<min(m, (part + 1) * blocks / parts * blockRows)
            for panel in 0..<panels {
                let (column, wide) = (panel < widePanels ? 32 * panel : 32 * widePanels, panel < widePanels)
                columnPanel(a, strides, b + column, n, c + column, n, rows: rows,
                            k: k, start.shifted(by: column), finish, wide: wide)
            }
            if n % 16 > 0 {
                narrowColumns(a + rows.lowerBound * strides.row, strides, b, n, c + rows.lowerBound * n, n,
                              m: rows.count, k: k, columns: n - n % 16..<n, start, finish)
            }
        }
    }

    /// Whether a product is worth two threads: a large one always; one whose A holds batch rows (stored row
    /// by row) when it reads or writes 32 KiB or more, so that each thread keeps to its own rows.
    private static func worthSharing(m: Int, k: Int, n: Int, _ strides: Strides) -> Bool {
        let batchRows = strides.column == 1
        return m * n * k >= 1 << 20 || batchRows && (m * n >= 1 << 13 || m * k >= 1 << 14)
    }

    /// Rows `rows` of one panel of 32 columns (`wide`) or 16, in blocks of six rows.
    @inline(__always)
    private static func columnPanel<Finish: PointwiseFunction>(
        _ a: UnsafePointer<Float>, _ strides: Strides, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, rows: Range<Int>, k: Int, _ start: Start, _ finish: Finish,
        wide: Bool
    ) {
        for i in stride(from: rows.lowerBound, to: rows.upperBound, by: blockRows) {
            let (count, ai, ci) = (min(blockRows, rows.upperBound - i), a + i * strides.row, c + i * ldc)
            if wide {
                wideBlock(rows: count, ai, strides, b, ldb, ci, ldc, k, start, finish)
            } else {
                block(rows: count, ai, strides, b, ldb, ci, ldc, k, start, finish)
            }
        }
    }

    /// Six rows by 16 columns of C, summed over all k; the sums stay in twelve named SIMD variables, so
    /// in registers. A block with fewer `rows` (the last rows of C) reads its last row again in place of
    /// the missing ones and stores only the real rows, so the inner loop is the same for every block.
    private static func block<Finish: PointwiseFunction>(
        rows: Int, _ a: UnsafePointer<Float>, _ strides: Strides, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ k: Int, _ start: Start, _ finish: Finish
    ) {
        @inline(__always) func initial(_ r: Int, _ half: Int) -> SIMD8<Float> {
            switch start {
            case .zero: SIMD8()
            case .output: r < rows ? load(c + r * ldc + 8 * half) : SIMD8()
            case .row(let values): load(values + 8 * half)
            }
        }
        var (s0l, s0h, s1l, s1h) = (initial(0, 0), initial(0, 1), initial(1, 0), initial(1, 1))
        var (s2l, s2h, s3l, s3h) = (initial(2, 0), initial(2, 1), initial(3, 0), initial(3, 1))
        var (s4l, s4h, s5l, s5h) = (initial(4, 0), initial(4, 1), initial(5, 0), initial(5, 1))
        let row = { (r: Int) in min(r, rows - 1) * strides.row }
        let (r1, r2, r3, r4, r5) = (row(1), row(2), row(3), row(4), row(5))
        var (ap, bp) = (a, b)
        for _ in 0..<k {
            let (bl, bh) = (load(bp), load(bp + 8))
            let a0 = SIMD8(repeating: ap[0])
            s0l = s0l.addingProduct(a0, bl)
            s0h = s0h.addingProduct(a0, bh)
            let a1 = SIMD8(repeating: ap[r1])
            s1l = s1l.addingProduct(a1, bl)
            s1h = s1h.addingProduct(a1, bh)
            let a2 = SIMD8(repeating: ap[r2])
            s2l = s2l.addingProduct(a2, bl)
            s2h = s2h.addingProduct(a2, bh)
            let a3 = SIMD8(repeating: ap[r3])
            s3l = s3l.addingProduct(a3, bl)
            s3h = s3h.addingProduct(a3, bh)
            let a4 = SIMD8(repeating: ap[r4])
            s4l = s4l.addingProduct(a4, bl)
            s4h = s4h.addingProduct(a4, bh)
            let a5 = SIMD8(repeating: ap[r5])
            s5l = s5l.addingProduct(a5, bl)
            s5h = s5h.addingProduct(a5, bh)
            ap += strides.column
            bp += ldb
        }
        storeRow(0, of: rows, s0l, s0h, c, ldc, finish)
        storeRow(1, of: rows, s1l, s1h, c, ldc, finish)
        storeRow(2, of: rows, s2l, s2h, c, ldc, finish)
        storeRow(3, of: rows, s3l, s3h, c, ldc, finish)
        storeRow(4, of: rows, s4l, s4h, c, ldc, finish)
        storeRow(5, of: rows, s5l, s5h, c, ldc, finish)
    }

    /// Stores row `r` of a block (16 values, `finish` applied), unless the block has only `rows` rows.
    // Transparent, not just inline(__always), which the compiler did not honour here: called, the sums went
    // out as pieces in narrow registers, which cost a layer with a short k (2 inputs) a third of its time.
    @_transparent
    private static func storeRow<Finish: PointwiseFunction>(
        _ r: Int, of rows: Int, _ low: SIMD8<Float>, _ high: SIMD8<Float>, _ c: UnsafeMutablePointer<Float>,
        _ ldc: Int, _ finish: Finish
    ) {
        guard r < rows else { return }
        store(finish.values(low), c + r * ldc)
        store(finish.values(high), c + r * ldc + 8)
    }

    /// g[j] += src[r, j] for r = 0, 1, ... in turn: each column summed in row order. Row by row, so the
    /// additions of different columns overlap instead of waiting on one another.
    static func addRows(_ src: UnsafePointer<Float>, rows: Int, cols: Int, into g: UnsafeMutablePointer<Float>) {
        for r in 0..<rows {
            let row = src + r * cols
            var j = 0
            while j + 8 <= cols {
                store(load(g + j) + load(row + j), g + j)
                j += 8
            }
            while j < cols {
                g[j] += row[j]
                j += 1
            }
        }
    }

    /// dst (cols x rows) = the transpose of src (rows x cols), in 8x8 tiles: eight rows read as vectors,
    /// eight columns written as vectors. Tiles cut off by the edges are copied value by value.
    static func transpose(_ src: UnsafePointer<Float>, rows: Int, cols: Int, into dst: UnsafeMutablePointer<Float>) {
        for r in stride(from: 0, to: rows, by: 8) {
            for c in stride(from: 0, to: cols, by: 8) {
                if r + 8 <= rows && c + 8 <= cols {
                    transposeTile(src + r * cols + c, cols, dst + c * rows + r, rows)
                } else {
                    for i in r..<min(r + 8, rows) {
                        for j in c..<min(c + 8, cols) { dst[j * rows + i] = src[i * cols + j] }
                    }
                }
            }
        }
    }

    /// One full 8x8 tile of a transpose; `lds` and `ldd` are the row lengths of source and destination.
    @inline(__always)
    static func transposeTile(
        _ src: UnsafePointer<Float>, _ lds: Int, _ dst: UnsafeMutablePointer<Float>, _ ldd: Int
    ) {
        let (v0, v1, v2, v3) = (load(src), load(src + lds), load(src + 2 * lds), load(src + 3 * lds))
        let (v4, v5, v6, v7) = (load(src + 4 * lds), load(src + 5 * lds), load(src + 6 * lds), load(src + 7 * lds))
        for k in 0..<8 {
            store(SIMD8(v0[k], v1[k], v2[k], v3[k], v4[k], v5[k], v6[k], v7[k]), dst + k * ldd)
        }
    }

    /// The eight Floats at `p`, which need not be aligned.
    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
    }

    /// The eight Floats at `p`, which need not be aligned.
    @inline(__always)
    static func load(_ p: UnsafeMutablePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
    }

    /// Writes eight Floats to `p`, which need not be aligned.
    @inline(__always)
    static func store(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD8<Float>.self)
    }
}
