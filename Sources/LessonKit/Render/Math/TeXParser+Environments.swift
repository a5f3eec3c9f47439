// MARK: - Environments: \begin{aligned} ... \end{aligned}, cases and matrices

extension TeXParser {
    /// How an environment lays out its table.
    private struct Layout {
        /// The alignment of column `index` (0-based).
        var align: (_ index: Int) -> String
        /// Whether cells are in display style (large operators with limits).
        var displayStyle: Bool
        /// The delimiters around the table, if any.
        var open: String?
        var close: String?

        init?(_ name: String) {
            let alternating: (Int) -> String = { $0.isMultiple(of: 2) ? "right" : "left" }
            switch name {
            case "aligned", "align", "align*", "split", "alignedat":
                self.init(align: alternating, displayStyle: true)
            case "gathered", "gather", "gather*":
                self.init(align: { _ in "center" }, displayStyle: true)
            case "cases":
                self.init(align: { _ in "left" }, displayStyle: false, open: "{", close: "")
            case "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix":
                let fences = ["pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "Bmatrix": ("{", "}"),
                              "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖")][name]
                self.init(align: { _ in "center" }, displayStyle: false, open: fences?.0, close: fences?.1)
            default:
                return nil
            }
        }

        private init(align: @escaping (Int) -> String, displayStyle: Bool, open: String? = nil, close: String? = nil) {
            self.align = align
            self.displayStyle = displayStyle
            self.open = open
            self.close = close
        }
    }

    /// Reads an environment after `\begin`: cells separated by `&`, rows by `\\`, up to `\end`.
    mutating func parseEnvironment(at start: Int) throws(MathError) -> Atom {
        let name = try readEnvironmentName(after: "\\begin", at: start)
        guard let layout = Layout(name) else {
            throw MathError(message: "unknown environment \"\(name)\"", offset: start)
        }
        let saved = displayStyle
        displayStyle = layout.displayStyle
        defer { displayStyle = saved }
        var rows: [[[MathMLNode]]] = [[]]
        while true {
            rows[rows.count - 1].append(try parseList())
            if position < limit, chars[position] == "&" {
                position += 1
            } else if peekCommand() == "\\" {
                position += 2
                skipRowSpacing()
                rows.append([])
            } else if peekCommand() == "end" {
                let endStart = position
                position += 4
                let endName = try readEnvironmentName(after: "\\end", at: endStart)
                guard endName == name else {
                    throw MathError(message: "\\begin{\(name)} is ended by \\end{\(endName)}", offset: endStart)
                }
                break
            } else {
                throw MathError(message: "\\begin{\(name)} has no matching \\end{\(name)}", offset: start)
            }
        }
        if let last = rows.last, rows.count > 1, last.count == 1, last[0].isEmpty {
            rows.removeLast()
        }
        return Atom(node: table(rows, layout: layout))
    }

    private func table(_ rows: [[[MathMLNode]]], layout: Layout) -> MathMLNode {
        let rowNodes = rows.map { cells in
            MathMLNode.element("mtr", cells.enumerated().map { index, cell in
                let align = layout.align(index)
                return MathMLNode.element("mtd", cell, align == "center" ? [] : [("style", "text-align: \(align)")])
            })
        }
        var table = MathMLNode.element("mtable", rowNodes)
        if layout.displayStyle {
            table = table.with("displaystyle", "true")
        }
        guard let open = layout.open, let close = layout.close else { return table }
        return .element("mrow", [fence(open, form: "prefix"), table, fence(close, form: "postfix")])
    }

    /// Reads `{name}` after `\begin` or `\end`.
    private mutating func readEnvironmentName(after command: String, at start: Int) throws(MathError) -> String {
        skipSpaces()
        guard position < limit, chars[position] == "{",
              let close = chars[position...].firstIndex(of: "}") else {
            throw MathError(message: "missing environment name after \(command)", offset: start)
        }
        let name = String(chars[(position + 1)..<close])
        position = close + 1
        return name
    }

    /// Skips the optional `[2pt]` after `\\`.
    private mutating func skipRowSpacing() {
        skipSpaces()
        if position < limit, chars[position] == "[", let close = chars[position...].firstIndex(of: "]") {
            position = close + 1
        }
    }
}
