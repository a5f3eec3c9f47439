/// Finds the lines of Markdown that belong to code blocks, where math is never looked for.
///
/// An approximation of CommonMark's block structure, good enough for lessons:
/// - A fence is a run of three or more backticks or tildes after any indentation (so fences inside
///   list items count too). It is closed by a line holding only a run of the same character at least
///   as long; an unclosed fence runs to the end of the text.
/// - An indented code block is a line indented by four or more columns (a tab counts to the next
///   multiple of four) that follows a blank line or another indented code line, outside a list.
///   A list starts at a line beginning with `-`, `+`, `*`, `1.` or `1)` and a space; it ends at the
///   first unindented line after a blank line. Blockquotes and lazy continuation lines are not modelled.
enum CodeBlockLines {
    /// Returns, for each line, whether it is part of a code block (fence lines included).
    static func classify(_ lines: [[Character]]) -> [Bool] {
        var isCode = [Bool](repeating: false, count: lines.count)
        var openFence: (marker: Character, length: Int)?
        var inList = false
        var previousBlank = true
        var previousIndentedCode = false
        for (index, line) in lines.enumerated() {
            let (indent, rest) = splitIndent(line)
            let blank = rest.allSatisfy { $0 == " " || $0 == "\t" }
            defer { previousBlank = blank }
            if let fence = openFence {
                isCode[index] = true
                let run = rest.prefix { $0 == fence.marker }.count
                if run >= fence.length, rest.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) {
                    openFence = nil
                }
                continue
            }
            if blank {
                continue
            }
            let indentedCode = indent >= 4 && !inList && (previousBlank || previousIndentedCode)
            previousIndentedCode = indentedCode
            if indentedCode {
                isCode[index] = true
                continue
            }
            if let fence = fenceOpening(rest) {
                openFence = fence
                isCode[index] = true
                continue
            }
            if indent < 4, startsListItem(rest) {
                inList = true
            } else if indent == 0, previousBlank {
                inList = false
            }
        }
        return isCode
    }

    /// The indentation width in columns and the rest of the line.
    private static func splitIndent(_ line: [Character]) -> (Int, ArraySlice<Character>) {
        var width = 0
        var index = 0
        while index < line.count, line[index] == " " || line[index] == "\t" {
            width = line[index] == "\t" ? (width / 4 + 1) * 4 : width + 1
            index += 1
        }
        return (width, line[index...])
    }

    /// The fence character and length if the line opens a fenced code block.
    private static func fenceOpening(_ rest: ArraySlice<Character>) -> (marker: Character, length: Int)? {
        guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
        let length = rest.prefix { $0 == marker }.count
        guard length >= 3 else { return nil }
        if marker == "`", rest.dropFirst(length).contains("`") {
            return nil
        }
        return (marker, length)
    }

    /// Whether the line starts with a bullet or ordered list marker followed by a space or nothing.
    private static func startsListItem(_ rest: ArraySlice<Character>) -> Bool {
        var index = rest.startIndex
        if let first = rest.first, "-+*".contains(first) {
            index += 1
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }.count
            guard (1...9).contains(digits) else { return false }
            index += digits
            guard index < rest.endIndex, rest[index] == "." || rest[index] == ")" else { return false }
            index += 1
        }
        return index == rest.endIndex || rest[index] == " " || rest[index] == "\t"
    }
}
