/// The data the search script matches queries against: per lesson its title, summary and words, and
/// per section heading its text, so that a query can lead straight to a section.
struct SearchIndex: Sendable, Equatable {
    /// One searchable lesson.
    struct Entry: Sendable, Equatable {
        /// The page's file name, relative to the site root.
        var href: String
        var title: String
        var summary: String
        /// The distinct lowercased words of the title, summary and text, sorted, joined by spaces.
        var words: String
    }

    var pages: [Entry]
    /// One entry per section heading: its text as the title, its lesson's title as the summary, and
    /// the words of the heading only.
    var sections: [Entry]

    /// The index of `pages`, in lesson order.
    init(pages: [RenderedPage]) {
        self.pages = pages.map { page in
            let text = [page.title, page.summary, page.plainText].joined(separator: " ")
            return Entry(
                href: page.fileName, title: page.title, summary: page.summary,
                words: Self.words(in: text).joined(separator: " ")
            )
        }
        sections = pages.flatMap { page in
            page.headings.map { heading in
                Entry(href: page.fileName + "#" + heading.id, title: heading.text, summary: page.title,
                      words: Self.words(in: heading.text).joined(separator: " "))
            }
        }
    }

    /// The distinct lowercased runs of letters and digits in `text`, sorted.
    /// The search script splits queries the same way (`/[\p{L}\p{N}]+/gu`).
    static func words(in text: String) -> [String] {
        let words = text.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
        return Set(words).sorted()
    }

    /// A script that defines the index as the global `lessonSearchIndex`; a script rather than
    /// JSON because browsers refuse to fetch local JSON from pages opened with `file://`.
    var script: String {
        func list(_ entries: [Entry]) -> String {
            entries.map { entry in
                let fields = [
                    ("href", entry.href), ("title", entry.title),
                    ("summary", entry.summary), ("words", entry.words),
                ]
                return "{" + fields.map { "\"\($0.0)\":\(JSONString.literal($0.1))" }.joined(separator: ",") + "}"
            }.joined(separator: ",\n")
        }
        return "window.lessonSearchIndex = {\"pages\":[\n" + list(pages) + "\n],\"sections\":[\n" + list(sections)
            + "\n]};\n"
    }
}
