extension MatrixKernels {
    /// The rows of C gathered in one group of the narrow kernel: four vectors of eight.
    private static let groupRows = 32

    /// C's `columns` (fewer than 16: the logit of a discriminator, the two coordinates of a sample), for
    /// every row. Sixteen-column blocks would mostly multiply padding here, so this kernel turns the
    /// problem around: eight rows of one column of C share a vector, four such vectors at a time. A's
    /// rows are first laid side by side (A^T already has them so), and each lane is still one fma chain
    /// over p = 0, 1, 2, ..., so the results equal the wide kernel's bit for bit.
    static func narrowColumns<Finish: PointwiseFunction>(
        _ a: UnsafePointer<Float>, _ strides: Strides, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, m: Int, k: Int, columns: Range<Int>, _ start: Start,
        _ finish: Finish
    ) {
        // A[i ..< i + 32, p] for one group of rows, at `panel + p * step`: packed, unless A is stored
        // transposed and the group is whole, when A's own memory already has that layout.
        let packed = UnsafeMutablePointer<Float>.allocate(capacity: groupRows * max(k, 1))
        defer { packed.deallocate() }
        for first in stride(from: 0, to: m, by: groupRows) {
            let count = min(groupRows, m - first)
            let (panel, step): (UnsafePointer<Float>, Int)
            if strides.row == 1 && count == groupRows {
                (panel, step) = (a + first, strides.column)
            } else {
                pack(a, strides, rows: first..<first + count, k: k, into: packed)
                (panel, step) = (UnsafePointer(packed), groupRows)
            }
            for column in columns {
                narrowColumn(panel, step, b + column, ldb, c + first * ldc + column, ldc, rows: count, k: k,
                             start.shifted(by: column), finish)
            }
        }
    }

    /// packed[p * 32 + r] = A[rows.lowerBound + r, p], zero past the last row; 8x8 tiles go through
    /// `transposeTile` when A is stored row by row.
    private static func pack(
        _ a: UnsafePointer<Float>, _ strides: Strides, rows: Range<Int>, k: Int, into packed: UnsafeMutablePointer<Float>
    ) {
        if rows.count < groupRows { packed.initialize(repeating: 0, count: groupRows * k) }
        var p = 0
        if strides.column == 1 && rows.count == groupRows {
            while p + 8 <= k {
                for r in stride(from: 0, to: groupRows, by: 8) {
                    transposeTile(a + (rows.lowerBound + r) * strides.row + p, strides.row, packed + p * groupRows + r,
                                  groupRows)
                }
                p += 8
            }
        }
        for p in p..<k {
            for r in 0..<rows.count {
                packed[p * groupRows + r] = a[(rows.lowerBound + r) * strides.row + p * strides.column]
            }
        }
    }

    /// One column of C for up to 32 rows, from A's rows laid side by side at `panel + p * step`.
    private static func narrowColumn<Finish: PointwiseFunction>(
        _ panel: UnsafePointer<Float>, _ step: Int, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, rows: Int, k: Int, _ start: Start, _ finish: Finish
    ) {
        @inline(__always) func initial(_ group: Int) -> SIMD8<Float> {
            switch start {
            case .zero: return SIMD8()
            case .row(let values): return SIMD8(repeating: values[0])
            case .output:
                var lanes = SIMD8<Float>()
                for lane in 0..<8 where 8 * group + lane < rows { lanes[lane] = c[(8 * group + lane) * ldc] }
                return lanes
            }
        }
        var (s0, s1, s2, s3) = (initial(0), initial(1), initial(2), initial(3))
        var (ap, bp) = (panel, b)
        for _ in 0..<k {
            let weight = SIMD8(repeating: bp[0])
            s0 = s0.addingProduct(load(ap), weight)
            s1 = s1.addingProduct(load(ap + 8), weight)
            s2 = s2.addingProduct(load(ap + 16), weight)
            s3 = s3.addingProduct(load(ap + 24), weight)
            ap += step
            bp += ldb
        }
        @inline(__always) func store(_ group: Int, _ sums: SIMD8<Float>) {
            let values = finish.values(sums)
            for lane in 0..<8 where 8 * group + lane < rows { c[(8 * group + lane) * ldc] = values[lane] }
        }
        store(0, s0)
        store(1, s1)
        store(2, s2)
        store(3, s3)
    }
}
