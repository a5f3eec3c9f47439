// MARK: - Commands: symbols from the tables, then commands with arguments

extension TeXParser {
    /// Reads a command at the cursor, with its arguments.
    mutating func parseCommand() throws(MathError) -> Atom {
        let start = position
        guard let name = peekCommand() else {
            throw MathError(message: "\"\\\" at the end of the formula", offset: start)
        }
        position += name.count + 1
        if let atom = symbol(name) {
            return atom
        }
        if name == "arg", let combined = readArgMaxOrMin() {
            return combined
        }
        if let function = TeXSymbols.functions[name] {
            return Atom(node: operatorName(function.name), kind: .function(limits: function.limits))
        }
        if let newFont = MathFont(command: name) {
            let saved = font
            font = newFont
            defer { font = saved }
            return Atom(node: try parseArgument(for: "\\" + name, at: start))
        }
        if let accent = TeXSymbols.accents[name] {
            let base = try parseArgument(for: "\\" + name, at: start)
            let mark = MathMLNode.token("mo", accent.mark, [("stretchy", String(accent.stretchy))])
            let node = MathMLNode.element("mover", [base, mark], [("accent", "true")])
            return Atom(node: node, kind: name == "overbrace" ? .alwaysLimits : .ordinary)
        }
        if let accent = TeXSymbols.underAccents[name] {
            let base = try parseArgument(for: "\\" + name, at: start)
            let mark = MathMLNode.token("mo", accent.mark, [("stretchy", String(accent.stretchy))])
            let node = MathMLNode.element("munder", [base, mark], [("accentunder", "true")])
            return Atom(node: node, kind: name == "underbrace" ? .alwaysLimits : .ordinary)
        }
        if let big = bigSize(name) {
            return try parseBigDelimiter(size: big.size, side: big.side, name: name, at: start)
        }
        return try parseCommandWithArguments(name, at: start)
    }

    /// A command that stands for one symbol, or nil.
    private func symbol(_ name: String) -> Atom? {
        if let letter = TeXSymbols.lowercaseGreek[name] {
            return Atom(node: font.map { identifier($0.map(Character(letter))) } ?? .token("mi", letter))
        }
        if let letter = TeXSymbols.uppercaseGreek[name] {
            let upright = MathMLNode.token("mi", letter, [("mathvariant", "normal")])
            let uprightFont = font == .boldItalic ? .bold : font
            return Atom(node: uprightFont.map { identifier($0.map(Character(letter))) } ?? upright)
        }
        if let symbol = TeXSymbols.ordinary[name] {
            let upright = ["nabla", "partial"].contains(name)
            return Atom(node: .token("mi", symbol, upright ? [("mathvariant", "normal")] : []))
        }
        if let symbol = TeXSymbols.operators[name] {
            return Atom(node: .token("mo", symbol))
        }
        if let symbol = TeXSymbols.largeOperators[name] {
            return Atom(node: .token("mo", symbol.symbol), kind: .largeOperator(limits: symbol.limits))
        }
        if let width = TeXSymbols.spaces[name] {
            return Atom(node: .space(width))
        }
        if let delimiter = TeXSymbols.delimiters["\\" + name] {
            return Atom(node: self.delimiter(delimiter.symbol), kind: delimiter.opens ? .open : .ordinary)
        }
        return nil
    }

    /// An operator name such as `log` or `arg max`, upright, with thin spaces between its words.
    private func operatorName(_ text: String) -> MathMLNode {
        let words = text.split(separator: " ").map { MathMLNode.token("mi", String($0)) }
        return .row(Array(words.map { [$0] }.joined(separator: [MathMLNode.space("0.1667em")])))
    }

    /// After `\arg`: `\max` or `\min` joins it into one operator with limits, as `\argmax` would.
    private mutating func readArgMaxOrMin() -> Atom? {
        let saved = position
        skipSpaces()
        guard let next = peekCommand(), next == "max" || next == "min" else {
            position = saved
            return nil
        }
        position += next.count + 1
        return Atom(node: operatorName("arg " + next), kind: .function(limits: true))
    }

    private mutating func parseCommandWithArguments(_ name: String, at start: Int) throws(MathError) -> Atom {
        let command = "\\" + name
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom":
            return try parseFraction(name, at: start)
        case "sqrt":
            let index = try parseOptionalArgument()
            let radicand = try parseArgument(for: command, at: start)
            return Atom(node: index.map { .element("mroot", [radicand, $0]) } ?? .element("msqrt", [radicand]))
        case "text", "textrm", "textnormal", "mbox", "textbf", "textit", "emph":
            let node = textNode(try readText(for: command, at: start))
            let style = ["textbf": "font-weight: bold", "textit": "font-style: italic", "emph": "font-style: italic"][name]
            return Atom(node: style.map { node.with("style", $0) } ?? node)
        case "operatorname":
            let limits = position < limit && chars[position] == "*"
            if limits {
                position += 1
            }
            let saved = font
            font = .roman
            defer { font = saved }
            return Atom(node: try parseArgument(for: command, at: start), kind: .function(limits: limits))
        case "overset", "stackrel", "underset":
            let saved = displayStyle
            displayStyle = false
            let script = try parseArgument(for: command, at: start)
            displayStyle = saved
            let base = try parseArgument(for: command, at: start)
            return Atom(node: .element(name == "underset" ? "munder" : "mover", [base, script]))
        case "left":
            return try parseLeftRight(at: start)
        case "begin":
            return try parseEnvironment(at: start)
        default:
            throw MathError(message: "unknown command \(command)", offset: start)
        }
    }

    /// `\frac` and its display and text variants, and `\binom`, in text style inside.
    private mutating func parseFraction(_ name: String, at start: Int) throws(MathError) -> Atom {
        let saved = displayStyle
        displayStyle = false
        defer { displayStyle = saved }
        let numerator = try parseArgument(for: "\\" + name, at: start)
        let denominator = try parseArgument(for: "\\" + name, at: start)
        var node = MathMLNode.element("mfrac", [numerator, denominator])
        if name.hasSuffix("binom") {
            node = .element("mrow", [fence("(", form: "prefix"), node.with("linethickness", "0"), fence(")", form: "postfix")])
        }
        if name.hasPrefix("d") || name == "cfrac" {
            node = .element("mstyle", [node], [("displaystyle", "true"), ("scriptlevel", "0")])
        } else if name.hasPrefix("t") {
            node = .element("mstyle", [node], [("displaystyle", "false")])
        }
        return Atom(node: node)
    }

    /// Reads `[...]` after `\sqrt`, if present, in script style.
    private mutating func parseOptionalArgument() throws(MathError) -> MathMLNode? {
        skipSpaces()
        guard position < limit, chars[position] == "[" else { return nil }
        let open = position
        var depth = 0
        var close = position + 1
        while close < limit, depth > 0 || chars[close] != "]" {
            if chars[close] == "{" { depth += 1 }
            if chars[close] == "}" { depth -= 1 }
            close += 1
        }
        guard close < limit else {
            throw MathError(message: "\"[\" at offset \(open) is never closed", offset: open)
        }
        let (savedLimit, savedStyle) = (limit, displayStyle)
        (limit, displayStyle, position) = (close, false, open + 1)
        defer { (limit, displayStyle) = (savedLimit, savedStyle) }
        let nodes = try parseList()
        guard position == close else { throw unexpectedTerminator() }
        position = close + 1
        return .row(nodes)
    }
}
