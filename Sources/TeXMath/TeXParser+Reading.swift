// MARK: - Reading input: spaces, command names, groups, arguments and single characters

extension TeXParser {
    /// Skips white space and `%` comments.
    mutating func skipSpaces() {
        while position < limit {
            if chars[position].isWhitespace {
                position += 1
            } else if chars[position] == "%" {
                while position < limit, !chars[position].isNewline {
                    position += 1
                }
            } else {
                return
            }
        }
    }

    /// The name (without backslash) of the command at the cursor: a run of letters, or one other character.
    func peekCommand() -> String? {
        guard position + 1 < chars.count, chars[position] == "\\" else { return nil }
        let first = chars[position + 1]
        guard first.isASCII, first.isLetter else { return String(first) }
        return String(chars[(position + 1)...].prefix { $0.isASCII && $0.isLetter })
    }

    /// Reads `{...}` at the cursor and returns its content.
    mutating func parseGroup() throws(MathError) -> [MathMLNode] {
        let open = position
        position += 1
        let nodes = try parseList()
        guard position < limit, chars[position] == "}" else {
            if position < limit {
                throw unexpectedTerminator()
            }
            throw MathError(message: "unbalanced brace: \"{\" at offset \(open) is never closed", offset: open)
        }
        position += 1
        return nodes
    }

    /// Reads a command's argument: a group or a single character or command.
    /// - Parameters:
    ///   - name: the command (or `"_"`, `"^"`) for the error message.
    ///   - offset: where the command starts.
    mutating func parseArgument(for name: String, at offset: Int) throws(MathError) -> MathMLNode {
        skipSpaces()
        guard !atTerminator else {
            throw MathError(message: "missing argument for \(name)", offset: offset)
        }
        switch chars[position] {
        case "{":
            return .row(try parseGroup())
        case "\\":
            return try parseCommand().node
        default:
            position += 1
            return try character(chars[position - 1], at: position - 1).node
        }
    }

    /// The error for a terminator where the current construct cannot end.
    func unexpectedTerminator() -> MathError {
        let message: String = switch (chars[position], peekCommand()) {
        case ("}", _): "unbalanced brace: \"}\" at offset \(position) has no matching \"{\""
        case ("&", _): "\"&\" is only allowed in an environment such as aligned"
        case (_, "\\"): "\"\\\\\" is only allowed in an environment such as aligned"
        case (_, "right"): "\\right has no matching \\left"
        case (_, "middle"): "\\middle is only allowed between \\left and \\right"
        default: "\\end has no matching \\begin"
        }
        return MathError(message: message, offset: position)
    }

    /// The MathML for one character of math input.
    func character(_ char: Character, at offset: Int) throws(MathError) -> Atom {
        switch char {
        case let letter where letter.isLetter:
            return Atom(node: font.map { identifier($0.map(letter)) } ?? .token("mi", String(letter)))
        case let digit where digit.isNumber:
            return Atom(node: .token("mn", font?.map(digit) ?? String(digit)))
        case "(", "[":
            return Atom(node: delimiter(String(char)), kind: .open)
        case ")", "]", "|":
            return Atom(node: delimiter(String(char)))
        case "-":
            return Atom(node: .token("mo", "−"))
        case "*":
            return Atom(node: .token("mo", "∗"))
        case "'":
            return Atom(node: .token("mo", "′"))
        case "~":
            return Atom(node: .space("0.3333em"))
        case ".", "@", "\"":
            return Atom(node: .token("mi", String(char)))
        case "$", "#":
            throw MathError(message: "unexpected \"\(char)\" in math", offset: offset)
        default:
            return Atom(node: .token("mo", String(char)))
        }
    }

    /// A delimiter outside `\left`/`\right`: it keeps its size; bars are ordinary, without the space
    /// MathML would put around them as operators.
    func delimiter(_ symbol: String) -> MathMLNode {
        let node = MathMLNode.token("mo", symbol, [("stretchy", "false")])
        return symbol == "|" || symbol == "‖" ? node.with("lspace", "0em").with("rspace", "0em") : node
    }

    /// An identifier in the current font: `\mathrm{d}` is upright, `\mathrm{KL}` needs no attribute
    /// because MathML draws identifiers of several letters upright anyway.
    func identifier(_ text: String) -> MathMLNode {
        if font == .roman, text.count == 1 {
            return .token("mi", text, [("mathvariant", "normal")])
        }
        return .token("mi", text)
    }

    /// `<mtext>` for text from `\text`, with spaces at its ends made non-breaking, since MathML trims them.
    func textNode(_ text: String) -> MathMLNode {
        let leading = text.prefix { $0 == " " }.count
        let trailing = leading == text.count ? 0 : text.reversed().prefix { $0 == " " }.count
        let nbsp = { (count: Int) in String(repeating: "\u{A0}", count: count) }
        return .token("mtext", nbsp(leading) + text.dropFirst(leading).dropLast(trailing) + nbsp(trailing))
    }

    /// Reads the `{...}` of `\text` as plain text, with TeX's escapes (`\{`, `\$`, `\ `, ...) resolved.
    mutating func readText(for name: String, at offset: Int) throws(MathError) -> String {
        skipSpaces()
        guard position < limit, chars[position] == "{" else {
            throw MathError(message: "missing argument for \(name)", offset: offset)
        }
        let open = position
        position += 1
        var text = ""
        var depth = 0
        while position < limit {
            let char = chars[position]
            position += 1
            switch char {
            case "{":
                depth += 1
            case "}" where depth == 0:
                return text
            case "}":
                depth -= 1
            case "~":
                text += "\u{A0}"
            case "$":
                throw MathError(message: "math inside \(name) is not supported", offset: position - 1)
            case "\\":
                position -= 1
                let command = peekCommand() ?? ""
                guard let escaped = ["{": "{", "}": "}", "$": "$", "%": "%", "&": "&", "_": "_", "#": "#",
                                     " ": " ", ",": "\u{2009}"][command] else {
                    throw MathError(message: "unknown command \\\(command) in \(name)", offset: position)
                }
                text += escaped
                position += command.count + 1
            default:
                text.append(char)
            }
        }
        throw MathError(message: "unbalanced brace: \"{\" at offset \(open) is never closed", offset: open)
    }
}
