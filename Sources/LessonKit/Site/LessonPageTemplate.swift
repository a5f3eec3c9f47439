/// The main content of a lesson page: title, summary, table of contents, body, an "edit this page"
/// link, previous/next links.
struct LessonPageTemplate {
    var page: RenderedPage
    var previous: RenderedPage?
    var next: RenderedPage?
    /// Where the lesson's source can be edited, when the course names its repository.
    var editURL: String?

    /// The HTML that goes inside `<main>`.
    var mainHTML: String {
        """
        <article class="lesson">
        <header class="lesson-header">
        <h1>\(HTML.escape(page.title))</h1>
        <p class="lesson-summary">\(HTML.escape(page.summary))</p>
        </header>
        \(tableOfContents)
        <div class="lesson-body">
        \(page.bodyHTML)
        </div>
        \(editLink)
        </article>
        \(pager)
        """
    }

    private var editLink: String {
        guard let editURL else { return "" }
        return "<p class=\"edit-link\"><a href=\"\(HTML.escape(editURL))\">Edit this page</a></p>"
    }

    private var tableOfContents: String {
        guard !page.headings.isEmpty else { return "" }
        let items = sections.map { section in
            let subitems = section.subsections.map { "<li>\(tocLink(to: $0))</li>" }
            let sublist = subitems.isEmpty ? "" : "\n<ol>\n" + subitems.joined(separator: "\n") + "\n</ol>\n"
            return "<li>\(tocLink(to: section.heading))\(sublist)</li>"
        }
        return """
        <nav class="toc" aria-labelledby="toc-title">
        <p class="toc-title" id="toc-title">On this page</p>
        <ol>
        \(items.joined(separator: "\n"))
        </ol>
        </nav>
        """
    }

    /// The headings grouped as h2 sections with their h3 subsections.
    private var sections: [(heading: PageHeading, subsections: [PageHeading])] {
        var sections: [(heading: PageHeading, subsections: [PageHeading])] = []
        for heading in page.headings {
            if heading.level > 2, !sections.isEmpty {
                sections[sections.count - 1].subsections.append(heading)
            } else {
                sections.append((heading, []))
            }
        }
        return sections
    }

    private func tocLink(to heading: PageHeading) -> String {
        "<a href=\"#\(HTML.escape(heading.id))\">\(HTML.escape(heading.text))</a>"
    }

    private var pager: String {
        var links: [String] = []
        if let previous {
            links.append(link(to: previous, rel: "prev", label: "Previous"))
        }
        if let next {
            links.append(link(to: next, rel: "next", label: "Next"))
        }
        guard !links.isEmpty else { return "" }
        return """
        <nav class="pager" aria-label="Previous and next lesson">
        \(links.joined(separator: "\n"))
        </nav>
        """
    }

    private func link(to page: RenderedPage, rel: String, label: String) -> String {
        """
        <a class="pager-\(rel)" rel="\(rel)" href="\(HTML.escape(page.fileName))">\
        <span class="pager-label">\(label)</span> \
        <span class="pager-title">\(HTML.escape(page.title))</span></a>
        """
    }
}
