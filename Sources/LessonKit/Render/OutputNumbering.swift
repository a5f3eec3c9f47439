import LessonEvents

/// The numbers of a lesson's figures and tables, given what each cell showed.
///
/// A cell whose id starts with `fig-` or `tbl-` is numbered. Its first output of that kind takes the next
/// number of the kind, is captioned with the cell's caption unless it has its own, and is what `@id`
/// refers to. Every other figure or table the cell shows takes the next number of its own kind, with its
/// own caption, so a cell that shows a plot and a table has a Figure and a Table. A numbered cell that
/// shows nothing of its kind (it did not run, or hides its output) still takes its number, so a reference
/// never dangles. Outputs of cells without such an id are not numbered.
struct OutputNumbering {
    /// How one shown figure or table is labelled.
    struct Label: Equatable {
        /// "Figure 3" or "Table 1".
        var text: String
        /// Whether the cell's caption applies (the output the cell's id names).
        var isPrimary: Bool
    }

    /// What a reference to each numbered cell reads, by cell id: "Figure 2".
    private(set) var referenceLabels: [String: String] = [:]
    /// The label of each numbered output, by cell index and then by the index of its event.
    private(set) var outputLabels: [Int: [Int: Label]] = [:]

    /// Numbers the outputs of `lesson`'s cells as `results` has them.
    init(lesson: Lesson, results: LessonResults) {
        var counts: [CrossReferences.Kind: Int] = [:]
        func next(_ kind: CrossReferences.Kind) -> String {
            counts[kind, default: 0] += 1
            return "\(kind.name) \(counts[kind]!)"
        }
        for cell in lesson.cells {
            guard let id = cell.options.id, let cellKind = CrossReferences.kind(of: id) else { continue }
            let shown = cell.options.output && results.cells.indices.contains(cell.index) ? results.cells[cell.index].events : []
            var labels: [Int: Label] = [:]
            for (index, event) in shown.enumerated() {
                guard let kind = Self.kind(of: event) else { continue }
                let isPrimary = kind == cellKind && referenceLabels[id] == nil
                let label = Label(text: next(kind), isPrimary: isPrimary)
                if isPrimary { referenceLabels[id] = label.text }
                labels[index] = label
            }
            if referenceLabels[id] == nil { referenceLabels[id] = next(cellKind) }
            outputLabels[cell.index] = labels
        }
    }

    /// Whether an event is a numbered kind of output, and which.
    static func kind(of event: CellEvent) -> CrossReferences.Kind? {
        switch event {
        case .figure: .figure
        case .table: .table
        default: nil
        }
    }
}
