/// The math of one lesson: found in the Markdown before cmark parses it, converted to MathML.
struct LessonMath {
    /// The lesson body with every formula replaced by a placeholder cmark leaves alone.
    let markdown: String
    /// The MathML of each formula, by placeholder index.
    let mathML: [String]

    /// Scans the lesson's body and converts every formula; the first bad formula is an error naming
    /// its line and column in the lesson file.
    init(_ lesson: Lesson) throws(LessonError) {
        let scan = MathScanner.scan(lesson.body, firstLine: lesson.bodyFirstLine)
        var mathML: [String] = []
        for span in scan.spans {
            do {
                mathML.append(try TeXToMathML.convert(span.tex, display: span.display))
            } catch {
                throw Self.locate(error, in: span, path: lesson.path)
            }
        }
        self.markdown = scan.markdown
        self.mathML = mathML
    }

    /// The error at its place in the file: the formula's line and column, moved by the offset.
    static func locate(_ error: MathError, in span: MathSpan, path: String) -> LessonError {
        let (line, column) = span.location(ofTeXOffset: error.offset)
        return LessonError(
            file: path, line: line, column: column, message: "in math: \(error.message)",
            hint: "the site renders TeX to MathML at build time; fix the formula, or write \\$ for a literal dollar")
    }

    /// Splits a text node at its formula placeholders into text and MathML nodes.
    func split(_ text: String) -> [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        var rest = text.startIndex
        for (range, index) in MathScanner.placeholderRanges(in: text) where mathML.indices.contains(index) {
            if range.lowerBound > rest { nodes.append(MarkdownNode(.text(String(text[rest..<range.lowerBound])))) }
            nodes.append(MarkdownNode(.customInline(html: mathML[index])))
            rest = range.upperBound
        }
        if rest < text.endIndex { nodes.append(MarkdownNode(.text(String(text[rest...])))) }
        return nodes
    }
}
