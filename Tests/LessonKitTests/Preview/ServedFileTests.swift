import Foundation
import TestSupport
import XCTest
@testable import LessonKit

final class ServedFileTests: XCTestCase {
    private let root = TestSupport.temporaryFolder("served")
    private var site: URL { root.appendingPathComponent("Output") }

    override func setUpWithError() throws {
        for name in ["index.html", "01-a.html", "assets/site.css", "guide/index.html", ".hidden"] {
            let url = site.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(name.utf8).write(to: url)
        }
        try Data("secret".utf8).write(to: root.appendingPathComponent("secret.txt"))
        try FileManager.default.createDirectory(at: site.appendingPathComponent("empty"), withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The file that `path` serves, relative to the site folder, or nil.
    private func served(_ path: String) -> String? {
        ServedFile(requestPath: path, site: site).map { String($0.url.path.dropFirst(site.standardizedFileURL.path.count)) }
    }

    func testFilesAndFoldersInsideTheSite() {
        XCTAssertEqual(served("/"), "/index.html")
        XCTAssertEqual(served("/01-a.html"), "/01-a.html")
        XCTAssertEqual(served("/./assets//site.css"), "/assets/site.css")
        XCTAssertEqual(served("/guide"), "/guide/index.html")
        XCTAssertEqual(served("/guide/"), "/guide/index.html")
    }

    func testNothingOutsideTheSiteHiddenOrMissing() throws {
        XCTAssertNil(served("/../secret.txt"))
        XCTAssertNil(served("/assets/../../secret.txt"))
        XCTAssertNil(served("/.hidden"))
        XCTAssertNil(served("/missing.html"))
        XCTAssertNil(served("/empty/"))
        try FileManager.default.createSymbolicLink(
            at: site.appendingPathComponent("link.txt"), withDestinationURL: root.appendingPathComponent("secret.txt"))
        XCTAssertNil(served("/link.txt"))
    }

    func testContentTypes() {
        XCTAssertEqual(ServedFile(requestPath: "/", site: site)?.contentType, "text/html; charset=utf-8")
        XCTAssertEqual(ServedFile(requestPath: "/", site: site)?.isHTML, true)
        XCTAssertEqual(ServedFile(requestPath: "/assets/site.css", site: site)?.contentType, "text/css; charset=utf-8")
        XCTAssertEqual(ServedFile(requestPath: "/assets/site.css", site: site)?.isHTML, false)
    }
}
