/// A table for lesson authors: named columns of numbers or text, a format and alignment per column,
/// an optional caption. `show(table)` sends it to the page with every cell formatted.
///
/// Row by row, or column by column:
/// ```swift
/// show(Table(caption: "Error by sample size", columns: ["n", "mean", "error"],
///            rows: [[10, 4.1, 0.1], [100, 4.02, 0.02]]).format("error", .percent))
/// show(Table(["step": steps, "D loss": dLoss, "G loss": gLoss]))
/// ```
public struct Table: Sendable, LessonDisplayable {
    /// One named column with its values, format and alignment.
    public struct Column: Sendable {
        /// The heading.
        public var name: String
        /// The cells, top to bottom.
        public var values: [any TableValue]
        /// How numbers are written.
        public var format: ColumnFormat
        /// How cells line up; nil means right for numbers and left for text.
        public var alignment: TableData.Alignment?

        /// Creates a column; `format` and `alignment` default to automatic.
        public init(
            _ name: String, _ values: [any TableValue],
            format: ColumnFormat = .automatic, alignment: TableData.Alignment? = nil
        ) {
            self.name = name
            self.values = values
            self.format = format
            self.alignment = alignment
        }
    }

    /// The caption shown above the table, if any.
    public var caption: String?
    /// The columns, left to right.
    public var columns: [Column]

    /// Creates a table from columns.
    public init(caption: String? = nil, columns: [Column]) {
        self.caption = caption
        self.columns = columns
    }

    /// Creates a table column by column from name–values pairs, in the order written.
    public init(caption: String? = nil, _ columns: KeyValuePairs<String, [any TableValue]>) {
        self.init(caption: caption, columns: columns.map { Column($0.key, $0.value) })
    }

    /// Creates a table row by row; short rows are padded with empty cells.
    public init(caption: String? = nil, columns names: [String], rows: [[any TableValue]]) {
        let columns = names.indices.map { index in
            Column(names[index], rows.map { index < $0.count ? $0[index] : "" })
        }
        self.init(caption: caption, columns: columns)
    }

    /// Returns the table with the named column written in `format`.
    public func format(_ column: String, _ format: ColumnFormat) -> Table {
        updating(column) { $0.format = format }
    }

    /// Returns the table with the named column aligned as given.
    public func align(_ column: String, _ alignment: TableData.Alignment) -> Table {
        updating(column) { $0.alignment = alignment }
    }

    /// The formatted table, as the page receives it.
    public var data: TableData {
        let rowCount = columns.map(\.values.count).max() ?? 0
        let rows = (0..<rowCount).map { row in
            columns.map { column in row < column.values.count ? cell(column.values[row], column.format) : "" }
        }
        return TableData(
            caption: caption, columns: columns.map(\.name),
            alignments: columns.map(alignment(of:)), rows: rows)
    }

    /// The table event that `show(_:)` emits.
    public var displayEvent: CellEvent { .table(data) }

    /// The table as aligned plain text.
    public var displayText: String { data.plainText() }

    private func cell(_ value: any TableValue, _ format: ColumnFormat) -> String {
        guard format != .text, let number = value.tableNumber else { return value.tableText }
        return format.format(number)
    }

    private func alignment(of column: Column) -> TableData.Alignment {
        if let alignment = column.alignment { return alignment }
        let numeric = column.format.isNumeric && column.values.contains { $0.tableNumber != nil }
            && column.values.allSatisfy { $0.tableNumber != nil || ["", "—"].contains($0.tableText) }
        return numeric ? .right : .left
    }

    private func updating(_ name: String, _ change: (inout Column) -> Void) -> Table {
        var table = self
        for index in table.columns.indices where table.columns[index].name == name {
            change(&table.columns[index])
        }
        return table
    }
}
