// MARK: - Delimiters: \left ... \middle ... \right, and \big and its relatives

extension TeXParser {
    /// A delimiter that stretches to the height of the row it is in.
    func fence(_ symbol: String, form: String) -> MathMLNode {
        .token("mo", symbol, [("fence", "true"), ("form", form), ("stretchy", "true")])
    }

    /// Reads `\left<delim> ... \right<delim>` (with any `\middle<delim>`) after `\left`.
    mutating func parseLeftRight(at start: Int) throws(MathError) -> Atom {
        var nodes = [fence(try readDelimiter(after: "\\left", at: start), form: "prefix")]
        while true {
            nodes += try parseList()
            let command = position < limit ? peekCommand() : nil
            guard command == "middle" || command == "right" else {
                throw MathError(message: "\\left has no matching \\right", offset: start)
            }
            let commandStart = position
            position += command!.count + 1
            let symbol = try readDelimiter(after: "\\" + command!, at: commandStart)
            if command == "right" {
                nodes.append(fence(symbol, form: "postfix"))
                // Open for spacing: no thin space between `\log` and `\left(`, unlike TeX.
                return Atom(node: .element("mrow", nodes), kind: .open)
            }
            nodes.append(.token("mo", symbol, [("stretchy", "true")]))
        }
    }

    /// Reads the delimiter after `\left`, `\right`, `\middle` or `\big`; `.` gives an empty one.
    private mutating func readDelimiter(after command: String, at start: Int) throws(MathError) -> String {
        skipSpaces()
        guard position < limit else {
            throw MathError(message: "missing delimiter after \(command)", offset: start)
        }
        let name = chars[position] == "\\" ? "\\" + (peekCommand() ?? "") : String(chars[position])
        guard let delimiter = TeXSymbols.delimiters[name] else {
            throw MathError(message: "\(command) needs a delimiter, not \"\(name)\"", offset: position)
        }
        position += name.count
        return delimiter.symbol
    }

    /// For `\big`, `\Bigl`, `\biggr`, ...: the size and the side letter (`l`, `r`, `m` or none).
    func bigSize(_ name: String) -> (size: String, side: Character?)? {
        if let size = TeXSymbols.bigSizes[name] {
            return (size, nil)
        }
        guard let side = name.last, "lrm".contains(side), let size = TeXSymbols.bigSizes[String(name.dropLast())] else {
            return nil
        }
        return (size, side)
    }

    /// Reads the delimiter after `\big` and friends and gives it a fixed size.
    mutating func parseBigDelimiter(size: String, side: Character?, name: String, at start: Int) throws(MathError) -> Atom {
        let symbol = try readDelimiter(after: "\\" + name, at: start)
        let attributes = [("stretchy", "true"), ("symmetric", "true"), ("minsize", size), ("maxsize", size)]
        let opens = side == "l" || (side == nil && "([{⟨⌊⌈".contains(symbol))
        return Atom(node: .token("mo", symbol, attributes), kind: opens ? .open : .ordinary)
    }
}
