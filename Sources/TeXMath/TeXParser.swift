/// A recursive-descent reader of TeX math that builds MathML as it goes.
///
/// The parser reads lists of atoms; an atom is a base (a character, a group, a command with its
/// arguments) followed by optional sub- and superscripts. Lists end at a terminator — `}`, `&`, `\\`,
/// `\end`, `\right`, `\middle` or the end of the input — which the caller checks and consumes.
/// Offsets in errors count characters from the start of the source.
struct TeXParser {
    /// What an atom is, as far as layout around it is concerned.
    enum Kind: Equatable {
        case ordinary
        /// An opening delimiter: no space is put between an operator name and it.
        case open
        /// `\sum`, `\int`, ...: takes limits under and over in display style when `limits` is true.
        case largeOperator(limits: Bool)
        /// `\log`, `\max`, ...: followed by a function application; `limits` as for large operators.
        case function(limits: Bool)
        /// `\overbrace`, `\underbrace`: scripts always go over and under.
        case alwaysLimits
    }

    /// A converted atom.
    struct Atom {
        var node: MathMLNode
        var kind: Kind = .ordinary
    }

    let chars: [Character]
    var position = 0
    /// Where the current list must stop (the end of an optional `[...]` argument), if earlier than the end.
    var limit: Int
    /// Whether the current style is display style, where large operators take limits.
    var displayStyle: Bool
    /// The alphabet chosen by an enclosing font command, if any.
    var font: MathFont?

    init(_ tex: String, display: Bool) {
        chars = Array(tex)
        limit = chars.count
        displayStyle = display
    }

    // MARK: - Lists

    /// Reads atoms up to the next terminator and returns them as MathML nodes.
    mutating func parseList() throws(MathError) -> [MathMLNode] {
        var atoms: [Atom] = []
        while true {
            skipSpaces()
            guard !atEnd, !atTerminator else { break }
            if let name = peekCommand(), let style = ["displaystyle": true, "textstyle": false][name] {
                position += name.count + 1
                atoms.append(Atom(node: try styled(display: style)))
                break
            }
            atoms.append(try parseAtom())
        }
        return Self.applyFunctions(atoms)
    }

    /// The rest of the list in another style, for `\displaystyle` and `\textstyle`.
    private mutating func styled(display: Bool) throws(MathError) -> MathMLNode {
        let saved = displayStyle
        displayStyle = display
        defer { displayStyle = saved }
        let attributes = display ? [("displaystyle", "true"), ("scriptlevel", "0")] : [("displaystyle", "false")]
        return .element("mstyle", try parseList(), attributes)
    }

    /// Puts a function application (U+2061) after every operator name, and thin spaces around operator
    /// names as TeX does: before one that follows an ordinary atom, and after one unless an opening
    /// delimiter follows.
    private static func applyFunctions(_ atoms: [Atom]) -> [MathMLNode] {
        var nodes: [MathMLNode] = []
        for (index, atom) in atoms.enumerated() {
            let isFunction = if case .function = atom.kind { true } else { false }
            if isFunction, index > 0, isOrdinary(atoms[index - 1]) {
                nodes.append(.space("0.1667em"))
            }
            nodes.append(atom.node)
            guard isFunction, index + 1 < atoms.count else { continue }
            nodes.append(.token("mo", "\u{2061}"))
            if atoms[index + 1].kind != .open {
                nodes.append(.space("0.1667em"))
            }
        }
        return nodes
    }

    /// Whether an atom is ordinary for spacing: an identifier, number, group or closing delimiter,
    /// but not an operator, which brings its own space.
    private static func isOrdinary(_ atom: Atom) -> Bool {
        switch atom.kind {
        case .ordinary, .alwaysLimits:
            atom.node.name != "mspace" && (atom.node.name != "mo" || atom.node.attributes.contains { $0.name == "stretchy" })
        case .open, .largeOperator, .function:
            false
        }
    }

    /// Whether the next input ends the current list.
    var atTerminator: Bool {
        if position >= limit {
            return true
        }
        switch chars[position] {
        case "}", "&": return true
        case "\\":
            if position + 1 < chars.count, chars[position + 1] == "\\" {
                return true
            }
            return ["end", "right", "middle"].contains(peekCommand())
        default: return false
        }
    }

    var atEnd: Bool { position >= chars.count }

    // MARK: - Atoms and scripts

    /// Reads a base and its scripts.
    mutating func parseAtom() throws(MathError) -> Atom {
        var atom = try parseBase()
        var explicitLimits: Bool?
        var lower: MathMLNode?
        var upper: MathMLNode?
        var primes = 0
        scripts: while true {
            skipSpaces()
            guard position < limit else { break }
            let scriptStart = position
            switch chars[position] {
            case "_":
                guard lower == nil else { throw MathError(message: "double subscript", offset: scriptStart) }
                position += 1
                lower = try parseScript("_", at: scriptStart)
            case "^":
                guard upper == nil else { throw MathError(message: "double superscript", offset: scriptStart) }
                position += 1
                upper = try parseScript("^", at: scriptStart)
            case "'" where upper == nil:
                position += 1
                primes += 1
            case "\\":
                guard let command = peekCommand(), command == "limits" || command == "nolimits" else { break scripts }
                explicitLimits = command == "limits"
                position += command.count + 1
            default:
                break scripts
            }
        }
        if primes > 0 {
            // The prime glyph is already raised: as a superscript it would come out tiny and too high.
            let mark = MathMLNode.token("mo", ["′", "″", "‴", "⁗"][min(primes, 4) - 1])
            atom.node = .element("mrow", [atom.node, mark])
        }
        guard lower != nil || upper != nil else { return atom }
        let limits = switch atom.kind {
        case .largeOperator(let byDefault), .function(let byDefault): explicitLimits ?? (byDefault && displayStyle)
        case .alwaysLimits: true
        case .ordinary, .open: false
        }
        let names = limits ? ("munder", "mover", "munderover") : ("msub", "msup", "msubsup")
        switch (lower, upper) {
        case let (sub?, sup?): atom.node = .element(names.2, [atom.node, sub, sup])
        case let (sub?, nil): atom.node = .element(names.0, [atom.node, sub])
        case let (nil, sup?): atom.node = .element(names.1, [atom.node, sup])
        default: break
        }
        return atom
    }

    /// Reads the argument of `_` or `^`, in text style.
    private mutating func parseScript(_ symbol: String, at offset: Int) throws(MathError) -> MathMLNode {
        let saved = displayStyle
        displayStyle = false
        defer { displayStyle = saved }
        return try parseArgument(for: "\"\(symbol)\"", at: offset)
    }

    /// Reads one base: a group, a number, a character or a command.
    mutating func parseBase() throws(MathError) -> Atom {
        let char = chars[position]
        switch char {
        case "{":
            return Atom(node: .row(try parseGroup()))
        case "\\":
            return try parseCommand()
        case "_", "^":
            return Atom(node: .element("mrow", []))
        case let digit where digit.isASCII && digit.isNumber:
            return Atom(node: .token("mn", readNumber()))
        case let letter where letter.isLetter && font != nil && font != .italic:
            // In a font other than the default italic, a run of letters is one identifier: \mathrm{KL}.
            let run = chars[position..<limit].prefix { $0.isLetter }
            position += run.count
            return Atom(node: identifier(run.map { font?.map($0) ?? String($0) }.joined()))
        default:
            position += 1
            return try character(char, at: position - 1)
        }
    }

    /// A digit run with at most one decimal point between digits, e.g. `3.14`.
    private mutating func readNumber() -> String {
        var text = ""
        var seenPoint = false
        while position < limit {
            let char = chars[position]
            if char.isASCII, char.isNumber {
                text += font.map { $0.map(char) } ?? String(char)
            } else if char == ".", !seenPoint, position + 1 < limit, chars[position + 1].isASCII, chars[position + 1].isNumber {
                seenPoint = true
                text.append(char)
            } else {
                break
            }
            position += 1
        }
        return text
    }
}
