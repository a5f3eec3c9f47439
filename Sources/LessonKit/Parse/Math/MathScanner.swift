/// Finds `$...$` and `$$...$$` math in lesson Markdown before cmark sees it, and swaps each formula for
/// a placeholder that cmark passes through as plain text.
///
/// The rules follow pandoc's `tex_math_dollars`: an opening `$` needs a non-space character right after
/// it; the first unescaped `$` after that closes the formula only if it follows a non-space character
/// and is not followed by a digit (so `$5 and $10` stays text), otherwise the opening `$` is text.
/// `$$...$$` is display math and may span lines. Neither kind crosses a blank line. `\$` stays text
/// (its backslash is left for cmark). Code spans, `<code>`/`<pre>` elements and code blocks
/// (see `CodeBlockLines`) are left alone.
///
/// A formula that spans lines becomes a one-line placeholder; the newlines it held are re-inserted
/// before the next blank line, code block or end of text, so every block after it keeps its line number.
public enum MathScanner {
    /// Returns the Markdown with each math span replaced by `placeholder(i)`, and the spans.
    /// - Parameter firstLine: the line number, in the lesson file, of the first line of `markdown`.
    public static func scan(_ markdown: String, firstLine: Int) -> MathScan {
        var scanner = Scanner(text: ScanText(markdown), firstLine: firstLine)
        scanner.run()
        return MathScan(markdown: scanner.output, spans: scanner.spans)
    }

    /// The placeholder that stands for span `index` in the scanned Markdown.
    public static func placeholder(_ index: Int) -> String {
        "\(openMark)\(index)\(closeMark)"
    }

    /// Every placeholder in `text`, with the index of the span it stands for, in order.
    public static func placeholderRanges(in text: String) -> [(range: Range<String.Index>, index: Int)] {
        var found: [(range: Range<String.Index>, index: Int)] = []
        var start = text.startIndex
        while let open = text[start...].firstIndex(of: openMark) {
            let digitsStart = text.index(after: open)
            let digitsEnd = text[digitsStart...].firstIndex { !($0.isASCII && $0.isNumber) } ?? text.endIndex
            if digitsEnd < text.endIndex, text[digitsEnd] == closeMark, let index = Int(text[digitsStart..<digitsEnd]) {
                let end = text.index(after: digitsEnd)
                found.append((open..<end, index))
                start = end
            } else {
                start = digitsStart
            }
        }
        return found
    }

    /// Private-use characters around a placeholder's number; cmark treats them as ordinary text.
    static let openMark: Character = "\u{E000}"
    static let closeMark: Character = "\u{E001}"
}

/// The Markdown as characters, with the line and column of each and the code lines marked.
private struct ScanText {
    let chars: [Character]
    /// Index of the line that each character is on (newlines belong to the line they end).
    let lineOf: [Int]
    let lineStarts: [Int]
    let isCodeLine: [Bool]
    let isBlankLine: [Bool]

    init(_ markdown: String) {
        chars = Array(markdown)
        var lines: [[Character]] = [[]]
        var lineOf: [Int] = []
        var lineStarts = [0]
        for (index, char) in chars.enumerated() {
            lineOf.append(lines.count - 1)
            if isNewline(char) {
                lines.append([])
                lineStarts.append(index + 1)
            } else {
                lines[lines.count - 1].append(char)
            }
        }
        self.lineOf = lineOf
        self.lineStarts = lineStarts
        isCodeLine = CodeBlockLines.classify(lines)
        isBlankLine = lines.map { $0.allSatisfy { $0 == " " || $0 == "\t" } }
    }

    /// Whether the line starting after the newline at `index` ends a paragraph (blank or code).
    func breaksParagraph(afterNewlineAt index: Int) -> Bool {
        let next = lineOf[index] + 1
        return next < isBlankLine.count && (isBlankLine[next] || isCodeLine[next])
    }
}

private func isNewline(_ char: Character) -> Bool {
    char == "\n" || char == "\r\n"
}

/// The scanning state: a cursor over the text, the output so far, and the newlines owed to it.
private struct Scanner {
    let text: ScanText
    let firstLine: Int
    var output = ""
    var spans: [MathSpan] = []
    var position = 0
    /// Newlines removed with multi-line spans, written back at the next paragraph break.
    var owedNewlines = 0

    init(text: ScanText, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }

    mutating func run() {
        let chars = text.chars
        while position < chars.count {
            let line = text.lineOf[position]
            if position == text.lineStarts[line] {
                if owedNewlines > 0, text.isBlankLine[line] || text.isCodeLine[line] {
                    payOwedNewlines()
                }
                if text.isCodeLine[line] {
                    copy(upTo: line + 1 < text.lineStarts.count ? text.lineStarts[line + 1] : chars.count)
                    continue
                }
            }
            switch chars[position] {
            case "\\":
                let escaped = position + 1 < chars.count && !isNewline(chars[position + 1])
                copy(upTo: position + (escaped ? 2 : 1))
            case "`":
                copy(upTo: codeSpanEnd() ?? position + backtickRun(at: position))
            case "<":
                copy(upTo: htmlCodeEnd() ?? position + 1)
            case "$":
                takeMath()
            default:
                copy(upTo: position + 1)
            }
        }
        payOwedNewlines()
    }

    private mutating func copy(upTo end: Int) {
        output.append(contentsOf: String(text.chars[position..<end]))
        position = end
    }

    private mutating func payOwedNewlines() {
        output.append(String(repeating: "\n", count: owedNewlines))
        owedNewlines = 0
    }

    // MARK: - Math

    /// Replaces the math span starting at `position` with its placeholder, or copies the dollar as text.
    /// Empty display math (`$$$$`, `$$ $$`) is copied as text whole.
    private mutating func takeMath() {
        let chars = text.chars
        let display = position + 1 < chars.count && chars[position + 1] == "$"
        let delimiter = display ? 2 : 1
        let contentStart = position + delimiter
        guard contentStart < chars.count, display || !chars[contentStart].isWhitespace,
              let contentEnd = closingDollar(from: contentStart, display: display) else {
            copy(upTo: position + 1)
            return
        }
        let tex = String(chars[contentStart..<contentEnd])
        if tex.allSatisfy(\.isWhitespace) {
            copy(upTo: contentEnd + delimiter)
            return
        }
        let line = text.lineOf[position]
        let column = position - text.lineStarts[line] + 1
        output.append(MathScanner.placeholder(spans.count))
        spans.append(MathSpan(tex: tex, display: display, line: firstLine + line, column: column))
        owedNewlines += chars[position..<contentEnd].filter(isNewline).count
        position = contentEnd + delimiter
    }

    /// The index of the closing `$` (or `$$`) of math whose content starts at `start`.
    private func closingDollar(from start: Int, display: Bool) -> Int? {
        let chars = text.chars
        var index = start
        while index < chars.count {
            switch chars[index] {
            case "\\":
                index += 2
                continue
            case "$" where display:
                if index + 1 < chars.count, chars[index + 1] == "$" {
                    return index
                }
                return nil
            case "$":
                let afterSpace = chars[index - 1].isWhitespace
                let beforeDigit = index + 1 < chars.count && chars[index + 1].isNumber
                return afterSpace || beforeDigit ? nil : index
            case let char where isNewline(char) && text.breaksParagraph(afterNewlineAt: index):
                return nil
            default:
                break
            }
            index += 1
        }
        return nil
    }

    // MARK: - Code

    private func backtickRun(at index: Int) -> Int {
        text.chars[index...].prefix { $0 == "`" }.count
    }

    /// The end of the code span opening at `position`: after a closing run of exactly as many backticks.
    private func codeSpanEnd() -> Int? {
        let chars = text.chars
        let length = backtickRun(at: position)
        var index = position + length
        while index < chars.count {
            if chars[index] == "`" {
                let run = backtickRun(at: index)
                if run == length {
                    return index + run
                }
                index += run
                continue
            }
            if isNewline(chars[index]), text.breaksParagraph(afterNewlineAt: index) {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The end of a `<code>` or `<pre>` element opening at `position`, after its closing tag.
    private func htmlCodeEnd() -> Int? {
        let chars = text.chars
        for tag in ["code", "pre"] {
            let open = Array("<\(tag)")
            let close = Array("</\(tag)>")
            guard matches(open, at: position), position + open.count < chars.count else { continue }
            let next = chars[position + open.count]
            guard next == ">" || next.isWhitespace else { continue }
            var index = position + open.count
            while index < chars.count {
                if matches(close, at: index) {
                    return index + close.count
                }
                if isNewline(chars[index]), tag == "code", text.breaksParagraph(afterNewlineAt: index) {
                    return nil
                }
                index += 1
            }
        }
        return nil
    }

    /// Whether `pattern` occurs at `index`, ignoring ASCII case.
    private func matches(_ pattern: [Character], at index: Int) -> Bool {
        guard index + pattern.count <= text.chars.count else { return false }
        return zip(pattern, text.chars[index...]).allSatisfy { $0.lowercased() == $1.lowercased() }
    }
}
