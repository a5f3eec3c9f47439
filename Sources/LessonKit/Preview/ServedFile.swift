import Foundation

/// The file of a built site that a request path names, for `lessons serve`. Paths that climb out of
/// the site (`..`), hidden files and missing files name nothing; a folder means its `index.html`.
public struct ServedFile: Sendable {
    /// The file on disk, inside the site folder.
    public var url: URL
    /// The `Content-Type` to send it with.
    public var contentType: String

    /// The file that `requestPath` (decoded, without its query) names in `site`, or nil.
    public init?(requestPath: String, site: URL) {
        let parts = requestPath.split(separator: "/").filter { $0 != "." }
        guard !parts.contains(where: { $0.hasPrefix(".") || $0.contains("\\") || $0.contains("\0") }) else { return nil }
        var url = parts.reduce(site.standardizedFileURL) { $0.appendingPathComponent(String($1)) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue {
            url.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        }
        // A symbolic link inside the site must not lead out of it either.
        guard url.resolvingSymlinksInPath().path.hasPrefix(site.resolvingSymlinksInPath().path + "/") else { return nil }
        self.url = url
        self.contentType = Self.contentType(forExtension: url.pathExtension)
    }

    /// Whether this is a page, which gets the live-reload script.
    public var isHTML: Bool { contentType.hasPrefix("text/html") }

    /// The media types of the files a site holds.
    static func contentType(forExtension pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "ico": "image/x-icon"
        case "woff2": "font/woff2"
        case "xml": "application/xml"
        case "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
