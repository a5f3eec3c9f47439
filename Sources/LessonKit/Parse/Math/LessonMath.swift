import TeXMath

/// The math of one lesson: found in the Markdown before cmark parses it, and converted to MathML.
struct LessonMath {
    /// The lesson body with every formula replaced by a placeholder cmark leaves alone.
    let markdown: String
    /// Each formula's TeX and MathML, by placeholder index (nil for a formula that did not convert).
    let formulas: [(tex: String, mathML: String)?]
    /// One error per formula that did not convert, naming its line and column in the lesson file.
    let errors: [LessonError]

    /// Scans a lesson body that starts on line `firstLine` of `path` and converts every formula.
    init(body: String, firstLine: Int, path: String) {
        let scan = MathScanner.scan(body, firstLine: firstLine)
        var formulas: [(tex: String, mathML: String)?] = []
        var errors: [LessonError] = []
        for span in scan.spans {
            do {
                formulas.append((span.tex, try TeXToMathML.convert(span.tex, display: span.display)))
            } catch {
                formulas.append(nil)
                errors.append(Self.locate(error, in: span, path: path))
            }
        }
        self.markdown = scan.markdown
        self.formulas = formulas
        self.errors = errors
    }

    /// The error at its place in the file: the formula's line and column, moved by the offset.
    static func locate(_ error: MathError, in span: MathSpan, path: String) -> LessonError {
        let (line, column) = span.location(ofTeXOffset: error.offset)
        return LessonError(
            file: path, line: line, column: column, message: "in math: \(error.message)",
            hint: "the site renders TeX to MathML at build time; fix the formula, or write \\$ for a literal dollar")
    }

    /// Splits a text node at its formula placeholders into text and math nodes.
    func split(_ text: String) -> [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        var rest = text.startIndex
        for (range, index) in MathScanner.placeholderRanges(in: text) where formulas.indices.contains(index) {
            if range.lowerBound > rest { nodes.append(MarkdownNode(.text(String(text[rest..<range.lowerBound])))) }
            if let formula = formulas[index] {
                nodes.append(MarkdownNode(.math(tex: formula.tex, mathML: formula.mathML)))
            }
            rest = range.upperBound
        }
        if rest < text.endIndex { nodes.append(MarkdownNode(.text(String(text[rest...])))) }
        return nodes
    }
}
