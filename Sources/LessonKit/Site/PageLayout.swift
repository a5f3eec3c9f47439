/// The frame shared by every page: head, skip link, header with search, lesson navigation by part,
/// main, and a footer naming the authors and the licence.
struct PageLayout {
    var course: CourseInfo
    var outline: CourseOutline

    /// A complete HTML document for the site file `fileName`; `mainHTML` becomes the content of
    /// `<main id="content">`.
    func document(title: String, description: String, fileName: String, currentSlug: String?, mainHTML: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <meta name="description" content="\(HTML.escape(description))">
        \(canonicalLink(fileName))
        <link rel="stylesheet" href="\(SiteFiles.stylesheet)">
        <script src="\(SiteFiles.searchIndex)" defer></script>
        <script src="\(SiteFiles.searchScript)" defer></script>
        <script src="\(SiteFiles.scrubScript)" defer></script>
        </head>
        <body>
        <a class="skip-link" href="#content">Skip to content</a>
        \(header)
        <div class="layout">
        \(navigation(currentSlug: currentSlug))
        <main id="content" tabindex="-1">
        \(mainHTML)
        </main>
        </div>
        \(footer)
        </body>
        </html>

        """
    }

    private var header: String {
        """
        <header class="site-header">
        <a class="site-title" href="\(SiteFiles.index)">\(HTML.escape(course.title))</a>
        <div class="search" role="search">
        <label class="visually-hidden" for="search-input">Search the lessons</label>
        <input id="search-input" class="search-input" type="search" placeholder="Search lessons" \
        autocomplete="off" spellcheck="false" aria-controls="search-results" aria-describedby="search-status">
        <p id="search-status" class="visually-hidden" aria-live="polite"></p>
        <ul id="search-results" class="search-results" hidden></ul>
        </div>
        </header>
        """
    }

    private func canonicalLink(_ fileName: String) -> String {
        guard let url = course.publishedURL(of: fileName == SiteFiles.index ? "" : fileName) else { return "" }
        return "<link rel=\"canonical\" href=\"\(HTML.escape(url))\">"
    }

    private func navigation(currentSlug: String?) -> String {
        var number = 0
        let lists = outline.sections.map { section in
            let start = number + 1
            number += section.pages.count
            let items = section.pages.map { page in
                let current = page.slug == currentSlug ? " aria-current=\"page\"" : ""
                let href = HTML.escape(page.fileName)
                return "<li><a href=\"\(href)\"\(current)>\(HTML.escape(page.title))</a></li>"
            }
            let heading = section.title.map { "<p class=\"site-nav-part\">\(HTML.escape($0))</p>\n" } ?? ""
            return heading + "<ol start=\"\(start)\">\n" + items.joined(separator: "\n") + "\n</ol>"
        }
        return """
        <nav class="site-nav" aria-labelledby="site-nav-title">
        <p class="site-nav-title" id="site-nav-title">Lessons</p>
        \(lists.joined(separator: "\n"))
        </nav>
        """
    }

    /// Authors and licence, when the course file names them.
    private var footer: String {
        var parts: [String] = []
        if !course.authors.isEmpty {
            parts.append("By " + HTML.escape(ListFormat.and(course.authors)) + ".")
        }
        if let licence = course.licence {
            parts.append("Licence: " + HTML.escape(licence) + ".")
        }
        if let repository = course.repository {
            parts.append("<a href=\"\(HTML.escape(repository))\">Source</a>")
        }
        guard !parts.isEmpty else { return "" }
        return "<footer class=\"site-footer\"><p>\(parts.joined(separator: " "))</p></footer>"
    }
}

/// Lists of names in prose.
enum ListFormat {
    /// "A", "A and B", "A, B and C".
    static func and(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }
}
