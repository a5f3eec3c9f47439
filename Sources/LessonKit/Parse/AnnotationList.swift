/// The ordered list right after a cell that explains its `// <N>` markers.
enum AnnotationList {
    /// Whether `node` is the cell's annotation list: an ordered list directly after a cell with markers.
    static func isAnnotationList(_ node: MarkdownNode?, for cell: Cell) -> Bool {
        guard !cell.annotations.isEmpty, let node, case .list(ordered: true, _, _, _) = node.kind else { return false }
        return true
    }

    /// The numbers of the list's items, from its start number on.
    static func itemNumbers(of list: MarkdownNode) -> [Int] {
        guard case let .list(_, start, _, _) = list.kind else { return [] }
        return list.children.indices.map { start + $0 }
    }

    /// Every marker without an item and every item without a marker.
    static func errors(cell: Cell, following next: MarkdownNode?, lineOffset: Int, path: String) -> [LessonError] {
        guard !cell.annotations.isEmpty else { return [] }
        guard isAnnotationList(next, for: cell), let list = next else {
            let first = cell.annotations[0]
            return [LessonError(
                file: path, line: cell.codeFirstLine + first.codeLine, column: first.column,
                message: "annotation <\(first.number)> has no explanation",
                hint: "add an ordered list ('1. ...') right after the cell, one item per marker")]
        }
        var errors: [LessonError] = []
        let numbers = itemNumbers(of: list)
        for marker in cell.annotations where !numbers.contains(marker.number) {
            errors.append(LessonError(
                file: path, line: cell.codeFirstLine + marker.codeLine, column: marker.column,
                message: "annotation <\(marker.number)> has no item in the list after the cell",
                hint: "add item \(marker.number). to the ordered list after the cell, or remove the marker"))
        }
        let markers = Set(cell.annotations.map(\.number))
        for (number, item) in zip(numbers, list.children) where !markers.contains(number) {
            errors.append(LessonError(
                file: path, line: item.startLine + lineOffset,
                message: "list item \(number) after \(cell.displayName) explains no marker",
                hint: "add '// <\(number)>' at the end of the code line it explains, or remove the item"))
        }
        return errors
    }
}
