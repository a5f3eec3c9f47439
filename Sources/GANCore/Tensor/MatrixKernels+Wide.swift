extension MatrixKernels {
    /// Six rows by 32 columns of C, summed over all k, in twelve 16-lane sums: `block`'s scheme with vectors
    /// twice as wide. On a CPU with AVX-512 each sum is one register and each step of p one instruction per
    /// sum, so a product does half the instructions of the 8-lane kernel; elsewhere the compiler splits the
    /// vectors. Every value is still one fma chain over p = 0, 1, 2, ... from the same start, so the results
    /// equal `block`'s bit for bit. A block with fewer `rows` reads its last row again in place of the missing
    /// ones and stores only the real rows.
    static func wideBlock<Finish: PointwiseFunction>(
        rows: Int, _ a: UnsafePointer<Float>, _ strides: Strides, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ k: Int, _ start: Start, _ finish: Finish
    ) {
        @inline(__always) func initial(_ r: Int, _ half: Int) -> SIMD16<Float> {
            switch start {
            case .zero: SIMD16()
            case .output: r < rows ? load16(c + r * ldc + 16 * half) : SIMD16()
            case .row(let values): load16(values + 16 * half)
            }
        }
        var (s0l, s0h, s1l, s1h) = (initial(0, 0), initial(0, 1), initial(1, 0), initial(1, 1))
        var (s2l, s2h, s3l, s3h) = (initial(2, 0), initial(2, 1), initial(3, 0), initial(3, 1))
        var (s4l, s4h, s5l, s5h) = (initial(4, 0), initial(4, 1), initial(5, 0), initial(5, 1))
        let row = { (r: Int) in min(r, rows - 1) * strides.row }
        let (r1, r2, r3, r4, r5) = (row(1), row(2), row(3), row(4), row(5))
        var (ap, bp) = (a, b)
        for _ in 0..<k {
            let (bl, bh) = (load16(bp), load16(bp + 16))
            let a0 = SIMD16(repeating: ap[0])
            s0l = s0l.addingProduct(a0, bl)
            s0h = s0h.addingProduct(a0, bh)
            let a1 = SIMD16(repeating: ap[r1])
            s1l = s1l.addingProduct(a1, bl)
            s1h = s1h.addingProduct(a1, bh)
            let a2 = SIMD16(repeating: ap[r2])
            s2l = s2l.addingProduct(a2, bl)
            s2h = s2h.addingProduct(a2, bh)
            let a3 = SIMD16(repeating: ap[r3])
            s3l = s3l.addingProduct(a3, bl)
            s3h = s3h.addingProduct(a3, bh)
            let a4 = SIMD16(repeating: ap[r4])
            s4l = s4l.addingProduct(a4, bl)
            s4h = s4h.addingProduct(a4, bh)
            let a5 = SIMD16(repeating: ap[r5])
            s5l = s5l.addingProduct(a5, bl)
            s5h = s5h.addingProduct(a5, bh)
            ap += strides.column
            bp += ldb
        }
        storeWideRow(0, of: rows, s0l, s0h, c, ldc, finish)
        storeWideRow(1, of: rows, s1l, s1h, c, ldc, finish)
        storeWideRow(2, of: rows, s2l, s2h, c, ldc, finish)
        storeWideRow(3, of: rows, s3l, s3h, c, ldc, finish)
        storeWideRow(4, of: rows, s4l, s4h, c, ldc, finish)
        storeWideRow(5, of: rows, s5l, s5h, c, ldc, finish)
    }

    /// Stores row `r` of a wide block (32 values, `finish` applied), unless the block has only `rows` rows.
    // Transparent, not just inline(__always), which the compiler did not honour here: called, the sums went
    // out as pieces in narrow registers, which cost a layer with a short k (2 inputs) a third of its time.
    @_transparent
    private static func storeWideRow<Finish: PointwiseFunction>(
        _ r: Int, of rows: Int, _ low: SIMD16<Float>, _ high: SIMD16<Float>, _ c: UnsafeMutablePointer<Float>,
        _ ldc: Int, _ finish: Finish
    ) {
        guard r < rows else { return }
        let out = c + r * ldc
        store(finish.values(low.lowHalf), out)
        store(finish.values(low.highHalf), out + 8)
        store(finish.values(high.lowHalf), out + 16)
        store(finish.values(high.highHalf), out + 24)
    }

    /// The sixteen Floats at `p`, which need not be aligned.
    @inline(__always)
    static func load16(_ p: UnsafePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Float>.self)
    }

    /// The sixteen Floats at `p`, which need not be aligned.
    @inline(__always)
    static func load16(_ p: UnsafeMutablePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Float>.self)
    }
}
