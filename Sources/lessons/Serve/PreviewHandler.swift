import FlyingFox
import Foundation
import LessonKit

/// Answers the browser for `lessons serve`: the build status for the live-reload script, the site's
/// files (pages with that script added), and 404 for anything else.
struct PreviewHandler: HTTPHandler {
    /// The folder the site is built into.
    let site: URL
    let status: StatusBoard

    /// Serves one request; the site is read afresh each time, so a rebuild shows at once.
    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]), body: Data())
        }
        // The counter is read before the file: a rebuild in between costs the page one extra reload,
        // never a stale page that believes it is current.
        let current = status.current
        if request.path == LiveReload.statusPath {
            return Self.response(current.json, contentType: "application/json")
        }
        guard let file = ServedFile(requestPath: request.path, site: site), let data = try? Data(contentsOf: file.url) else {
            return HTTPResponse(
                statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"], body: Data("not found\n".utf8))
        }
        guard file.isHTML else { return Self.response(data, contentType: file.contentType) }
        let page = LiveReload.inject(into: String(decoding: data, as: UTF8.self), build: current.build)
        return Self.response(Data(page.utf8), contentType: file.contentType)
    }

    /// A 200 response that the browser must not cache: the next rebuild may change it.
    private static func response(_ body: Data, contentType: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: [.contentType: contentType, .cacheControl: "no-store"], body: body)
    }
}
