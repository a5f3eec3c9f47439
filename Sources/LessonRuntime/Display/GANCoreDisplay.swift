import GANCore

// How the library's own types show below a cell: rounded numbers, and tensors as tables.

extension Normal: LessonDisplayable {
    /// `N(μ = 4, σ = 1.25)`, with the parameters rounded like every shown number.
    public var displayText: String {
        "N(μ = \(ValueFormatter.format(mean)), σ = \(ValueFormatter.format(std)))"
    }
}

extension Point: LessonDisplayable {
    /// `(x, y)` with rounded coordinates.
    public var displayText: String {
        "(\(ValueFormatter.format(x)), \(ValueFormatter.format(y)))"
    }
}

extension Tensor: LessonDisplayable {
    /// The shape and the first rows, rounded: `Tensor [256, 2] [[0.1, 2], …]`.
    public var displayText: String {
        let shown = rowArrays.prefix(3).map { row in
            "[" + row.map { ValueFormatter.format(Double($0)) }.joined(separator: ", ") + "]"
        }
        return "Tensor \(shape) [" + shown.joined(separator: ", ") + (rows > 3 ? ", …]" : "]")
    }

    /// A table of the first twelve rows, one column per tensor column.
    public var displayEvent: CellEvent {
        let rowsShown = rowArrays.prefix(12)
        let columns = (0..<cols).map { column in
            Table.Column("\(column)", rowsShown.map { Double($0[column]) as any TableValue })
        }
        let caption = "Tensor of shape \(shape)" + (rows > 12 ? ", first 12 of \(rows) rows" : "")
        return Table(caption: caption, columns: columns).displayEvent
    }
}
