import Foundation
import TestSupport
import XCTest
@testable import LessonKit

final class FolderSnapshotTests: XCTestCase {
    private let folder = TestSupport.temporaryFolder("snapshot")

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `text` to a file of the folder, creating its subfolders.
    private func write(_ text: String, to name: String) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The absolute path a snapshot records for a file of the folder.
    private func path(_ name: String) -> String {
        folder.appendingPathComponent(name).standardizedFileURL.path
    }

    func testAFileGivenAsAFolderIsWatchedItself() throws {
        try write("title: A\n", to: "course.yml")
        let file = folder.appendingPathComponent("course.yml")
        let before = FolderSnapshot(folders: [file])
        try write("title: A longer title\n", to: "course.yml")
        XCTAssertEqual(FolderSnapshot(folders: [file]).changes(since: before), [path("course.yml")])
    }

    func testNothingChangedMeansNoChanges() throws {
        try write("one", to: "01-a.md")
        XCTAssertEqual(FolderSnapshot(folders: [folder]).changes(since: FolderSnapshot(folders: [folder])), [])
    }

    func testAddedEditedAndRemovedFilesAreChanges() throws {
        try write("one", to: "01-a.md")
        try write("two", to: "nested/02-b.swift")
        let before = FolderSnapshot(folders: [folder])
        try write("one, longer", to: "01-a.md")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("nested/02-b.swift"))
        try write("three", to: "03-c.md")
        XCTAssertEqual(FolderSnapshot(folders: [folder]).changes(since: before), [path("01-a.md"), path("03-c.md"), path("nested/02-b.swift")])
    }

    func testAnEditThatKeepsTheSizeIsSeenByItsModificationTime() throws {
        try write("one", to: "01-a.md")
        let before = FolderSnapshot(folders: [folder])
        let url = folder.appendingPathComponent("01-a.md")
        try write("owe", to: "01-a.md")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: url.path)
        XCTAssertEqual(FolderSnapshot(folders: [folder]).changes(since: before), [path("01-a.md")])
    }

    func testHiddenFilesAndMissingFoldersAreIgnored() throws {
        let before = FolderSnapshot(folders: [folder, folder.appendingPathComponent("missing")])
        try write("swap", to: ".01-a.md.swp")
        XCTAssertEqual(FolderSnapshot(folders: [folder, folder.appendingPathComponent("missing")]).changes(since: before), [])
    }
}
