/// Stand-in for the site stage until the layout branch lands: a bare page per lesson and an index.
enum SiteAssembler {
    static func files(pages: [RenderedPage]) -> [String: String] {
        var files: [String: String] = [:]
        var index = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>GANs, by running them</title></head><body><h1>GANs, by running them</h1><ol>\n"
        for page in pages {
            index += "<li><a href=\"\(page.slug).html\">\(HTML.escape(page.title))</a> — \(HTML.escape(page.summary))</li>\n"
            files["\(page.slug).html"] = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(HTML.escape(page.title))</title></head><body><h1>\(HTML.escape(page.title))</h1>\n\(page.bodyHTML)</body></html>\n"
        }
        files["index.html"] = index + "</ol></body></html>\n"
        return files
    }
}
