import Foundation
import XCTest
@testable import LessonKit

/// Writes the sample site to the folder named by `LESSONKIT_SITE_PREVIEW`, to look at in a browser.
final class SitePreviewTests: XCTestCase {
    func testWritesSampleSite() throws {
        guard let folder = ProcessInfo.processInfo.environment["LESSONKIT_SITE_PREVIEW"] else {
            throw XCTSkip("set LESSONKIT_SITE_PREVIEW to a folder to write the sample site")
        }
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        let files = SiteBuilder.files(course: SampleSite.course, pages: SampleSite.pages, extraCSS: "")
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
    }
}
