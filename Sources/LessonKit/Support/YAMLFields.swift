import Yams

/// A YAML mapping read with Yams and checked against the keys its file may use: a lesson's front
/// matter or the course file. Every error names the file and the line of the offending key or value.
struct YAMLFields {
    /// One `key: value` entry of the mapping.
    struct Entry {
        var key: String
        var value: Node
        /// The line of the key in the file (1-based).
        var line: Int
    }

    /// The file's name as messages show it.
    let file: String
    /// Lines of the file before the YAML text (the front matter's opening `---`).
    let lineOffset: Int
    /// The entries in the order written.
    let entries: [Entry]

    /// Reads `text` as one mapping whose keys are all in `knownKeys`; empty text is an empty mapping.
    /// `keyName` is how messages call a key, e.g. "front matter key".
    init(_ text: String, file: String, lineOffset: Int = 0, knownKeys: [String], keyName: String = "key") throws(LessonError) {
        self.file = file
        self.lineOffset = lineOffset
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw Self.syntaxError(error, file: file, lineOffset: lineOffset)
        }
        guard let root else {
            entries = []
            return
        }
        guard let mapping = root.mapping else {
            throw LessonError(
                file: file, line: (root.mark?.line ?? 1) + lineOffset, message: "expected 'key: value' lines, not \(Self.describe(root))",
                hint: "write for instance 'title: Maximum likelihood'")
        }
        var entries: [Entry] = []
        for (keyNode, value) in mapping {
            let line = (keyNode.mark?.line ?? 1) + lineOffset
            guard let key = keyNode.scalar?.string, knownKeys.contains(key) else {
                let name = keyNode.scalar?.string ?? Self.describe(keyNode)
                throw LessonError(
                    file: file, line: line, message: "unknown \(keyName) '\(name)'",
                    hint: "known keys: \(knownKeys.joined(separator: ", "))")
            }
            entries.append(Entry(key: key, value: value, line: line))
        }
        self.entries = entries
    }

    /// The entry for `key`, if written.
    subscript(key: String) -> Entry? {
        entries.first { $0.key == key }
    }

    /// The text of `key`; a list or mapping there is an error.
    func text(_ key: String) throws(LessonError) -> String? {
        guard let entry = self[key] else { return nil }
        return try text(of: entry.value, named: "'\(key)'")
    }

    /// The texts of `key`, written as one text or as a list of texts.
    func texts(_ key: String) throws(LessonError) -> [String]? {
        guard let entry = self[key] else { return nil }
        if entry.value.sequence == nil { return [try text(of: entry.value, named: "'\(key)'")] }
        return try list(entry.value, named: "'\(key)'").map { item throws(LessonError) in try text(of: item, named: "an item of '\(key)'") }
    }

    /// The items of a YAML list; anything else is an error naming its line.
    func list(_ node: Node, named name: String) throws(LessonError) -> [Node] {
        guard let sequence = node.sequence else {
            throw LessonError(
                file: file, line: line(of: node), message: "\(name) must be a list, not \(Self.describe(node))",
                hint: "write one item per line, each starting with '- '")
        }
        return Array(sequence)
    }

    /// The text of a scalar; a list or mapping is an error naming its line.
    func text(of node: Node, named name: String) throws(LessonError) -> String {
        guard let scalar = node.scalar else {
            throw LessonError(
                file: file, line: line(of: node), message: "\(name) must be text, not \(Self.describe(node))",
                hint: "write the text on the key's line, quoted if it contains ': ' or starts with '[' or '{'")
        }
        return scalar.string
    }

    /// The line of a node in the file.
    func line(of node: Node) -> Int {
        (node.mark?.line ?? 1) + lineOffset
    }

    /// "a list", "a mapping" or "text", for messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar, .alias: return "text"
        }
    }

    /// A Yams syntax error as a located error.
    private static func syntaxError(_ error: Error, file: String, lineOffset: Int) -> LessonError {
        let mark: Mark?
        let problem: String
        switch error as? YamlError {
        case .scanner(_, let text, let at, _), .parser(_, let text, let at, _), .composer(_, let text, let at, _):
            (mark, problem) = (at, text)
        case .duplicatedKeysInMapping(let duplicates, let context):
            (mark, problem) = (context.mark, "the key '\(duplicates.joined(separator: "', '"))' is written twice")
        default:
            (mark, problem) = (nil, "\(error)")
        }
        return LessonError(
            file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column, message: "YAML: \(problem)",
            hint: "write one 'key: value' per line; quote values that contain ': ' or '#'")
    }
}
