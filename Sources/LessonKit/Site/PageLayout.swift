/// The frame shared by every page: head, skip link, header with search, lesson navigation, main.
struct PageLayout {
    var course: CourseInfo
    var pages: [SitePage]

    /// A complete HTML document; `mainHTML` becomes the content of `<main id="content">`.
    func document(title: String, description: String, currentSlug: String?, mainHTML: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <meta name="description" content="\(HTML.escape(description))">
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

    private func navigation(currentSlug: String?) -> String {
        let items = pages.map { page in
            let current = page.slug == currentSlug ? " aria-current=\"page\"" : ""
            let href = HTML.escape(page.fileName)
            return "<li><a href=\"\(href)\"\(current)>\(HTML.escape(page.title))</a></li>"
        }
        return """
        <nav class="site-nav" aria-labelledby="site-nav-title">
        <p class="site-nav-title" id="site-nav-title">Lessons</p>
        <ol>
        \(items.joined(separator: "\n"))
        </ol>
        </nav>
        """
    }
}
