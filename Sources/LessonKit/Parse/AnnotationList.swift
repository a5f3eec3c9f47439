/// The ordered list right after a cell that explains its `// <N>` markers.
enum AnnotationList {
    /// Whether `node` is the cell's annotation list: an ordered list directly after a cell with markers.
    static func isAnnotationList(_ node: MarkdownNode?, for cell: Cell) -> Bool {
        guard !cell.annotations.isEmpty, let node, case .list(ordered: true, _, _, _) = node.kind else { return false }
        return true
    }

    /// Checks that every marker has an item and every item a marker.
    static func validate(cell: Cell, following next: MarkdownNode?, lineOffset: Int, path: String) throws(LessonError) {
        guard !cell.annotations.isEmpty else { return }
        guard isAnnotationList(next, for: cell), let list = next, case let .list(_, start, _, _) = list.kind else {
            let first = cell.annotations[0]
            throw LessonError(
                file: path, line: cell.codeFirstLine + first.codeLine,
                message: "annotation <\(first.number)> has no explanation",
                hint: "add an ordered list ('1. ...') right after the cell, one item per marker")
        }
        let items = Dictionary(uniqueKeysWithValues: list.children.enumerated().map { (start + $0.offset, $0.element) })
        for marker in cell.annotations where items[marker.number] == nil {
            throw LessonError(
                file: path, line: cell.codeFirstLine + marker.codeLine,
                message: "annotation <\(marker.number)> has no item in the list after the cell",
                hint: "add item \(marker.number). to the ordered list after the cell, or remove the marker")
        }
        let numbers = Set(cell.annotations.map(\.number))
        for (number, item) in items.sorted(by: { $0.key < $1.key }) where !numbers.contains(number) {
            throw LessonError(
                file: path, line: item.startLine + lineOffset,
                message: "list item \(number) after \(cell.displayName) explains no marker",
                hint: "add '// <\(number)>' at the end of the code line it explains, or remove the item")
        }
    }
}
