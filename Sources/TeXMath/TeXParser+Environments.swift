// MARK: - Environments: \begin{aligned} ... \end{aligned}, cases and matrices

extension TeXParser {
    /// How an environment lays out its table.
    private struct Layout {
        /// The CSS style of the cells in column `index` (0-based), if not centered.
        var style: (_ index: Int) -> String?
        /// Whether cells are in display style (large operators with limits).
        var displayStyle: Bool
        /// The delimiters around the table, if any.
        var open: String?
        var close: String?

        init?(_ name: String) {
            // Aligned columns come in pairs that meet at the `&` without padding, as `a &= b` should.
            let alternating: (Int) -> String? = {
                $0.isMultiple(of: 2) ? "text-align: right; padding-right: 0" : "text-align: left; padding-left: 0"
            }
            switch name {
            case "aligned", "align", "align*", "split":
                self.init(style: alternating, displayStyle: true)
            case "gathered", "gather", "gather*":
                self.init(style: { _ in nil }, displayStyle: true)
            case "cases":
                self.init(style: { _ in "text-align: left" }, displayStyle: false, open: "{", close: "")
            case "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix":
                let fences = ["pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "Bmatrix": ("{", "}"),
                              "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖")][name]
                self.init(style: { _ in nil }, displayStyle: false, open: fences?.0, close: fences?.1)
            default:
                return nil
            }
        }

        private init(style: @escaping (Int) -> String?, displayStyle: Bool, open: String? = nil, close: String? = nil) {
            self.style = style
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
                MathMLNode.element("mtd", cell, layout.style(index).map { [("style", $0)] } ?? [])
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
