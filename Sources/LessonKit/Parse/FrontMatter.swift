import Foundation

/// The YAML front matter of a lesson: `title` and `summary`, between `---` lines at the top, read
/// with Yams. A lesson without a `title` takes its first top-level `# heading` as its title, and
/// that heading leaves the body, so that the page has one `<h1>` (as in mdBook and Jupyter Book).
struct FrontMatter: Equatable {
    var title: String?
    var summary: String?
    /// The body that follows the front matter.
    var body: Substring
    /// The 1-based line of the file on which the body starts.
    var bodyFirstLine: Int

    static let knownKeys = ["title", "summary"]

    /// Splits `text` into front matter and body; a file without front matter is all body.
    static func parse(_ text: String, path: String) throws(LessonError) -> FrontMatter {
        var result = try split(text, path: path)
        if result.title == nil {
            result.takeTitleFromHeading()
        }
        return result
    }

    /// The front matter's fields and the body after it.
    private static func split(_ text: String, path: String) throws(LessonError) -> FrontMatter {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map(trimmed) == "---" else {
            return FrontMatter(body: text[...], bodyFirstLine: 1)
        }
        guard let closing = lines.dropFirst().firstIndex(where: { trimmed($0) == "---" }) else {
            throw LessonError(
                file: path, line: 1, message: "front matter is never closed",
                hint: "end it with a line of three dashes '---'")
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let fields = try YAMLFields(yaml, file: path, lineOffset: 1, knownKeys: knownKeys, keyName: "front matter key")
        let bodyStart = closing + 1 < lines.count ? lines[closing + 1].startIndex : text.endIndex
        return FrontMatter(
            title: try fields.text("title"), summary: try fields.text("summary"),
            body: text[bodyStart...], bodyFirstLine: closing + 2)
    }

    /// Takes the first top-level level-1 heading of the body as the title, blanking its lines so that
    /// every later line keeps its number.
    private mutating func takeTitleFromHeading() {
        let document = CommonMark.parse(String(body))
        guard let heading = document.children.first(where: { if case .heading(1, _) = $0.kind { true } else { false } }),
              heading.startLine > 0
        else { return }
        title = heading.plainText.trimmingCharacters(in: .whitespaces)
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for number in heading.startLine...max(heading.startLine, heading.endLine) where number - 1 < lines.count {
            lines[number - 1] = ""
        }
        body = Substring(lines.joined(separator: "\n"))
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text).trimmingCharacters(in: .whitespaces)
    }
}
