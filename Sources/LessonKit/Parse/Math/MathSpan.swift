/// One math formula found in a lesson's Markdown, with its position in the lesson file.
public struct MathSpan: Sendable, Equatable {
    /// The TeX source between the dollar delimiters, verbatim.
    public var tex: String
    /// True for `$$...$$` (display math), false for `$...$` (inline math).
    public var display: Bool
    /// 1-based line of the opening dollar in the lesson file.
    public var line: Int
    /// 1-based column of the opening dollar, counted in characters.
    public var column: Int

    /// Creates a span.
    public init(tex: String, display: Bool, line: Int, column: Int) {
        self.tex = tex
        self.display = display
        self.line = line
        self.column = column
    }

    /// The line and column in the lesson file of the character at `offset` in `tex`, for pointing at
    /// the place a `MathError` names (its offset counts characters, as this does).
    public func location(ofTeXOffset offset: Int) -> (line: Int, column: Int) {
        var location = (line: line, column: column + (display ? 2 : 1))
        for char in tex.prefix(offset) {
            if char == "\n" || char == "\r\n" {
                location = (location.line + 1, 1)
            } else {
                location.column += 1
            }
        }
        return location
    }
}

/// The result of scanning Markdown for math: the text with placeholders, and the spans they stand for.
public struct MathScan: Sendable, Equatable {
    /// The Markdown with span `i` replaced by `MathScanner.placeholder(i)`.
    public var markdown: String
    /// The spans, in order of appearance; the index of a span is the number in its placeholder.
    public var spans: [MathSpan]

    /// Creates a scan result.
    public init(markdown: String, spans: [MathSpan]) {
        self.markdown = markdown
        self.spans = spans
    }
}
