import TestSupport
import XCTest
@testable import LessonKit

final class RuntimeLibrariesTests: XCTestCase {
    private func makePackage() throws -> URL {
        let root = TestSupport.temporaryFolder("package")
        for module in RuntimeLibraries.modules {
            let folder = root.appendingPathComponent("Sources/\(module)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("public let \(module.lowercased()) = 1\n".utf8).write(to: folder.appendingPathComponent("A.swift"))
        }
        return root
    }

    func testLibrarySourceChangeChangesTheKey() throws {
        let root = try makePackage()
        let before = try RuntimeLibraries.inputs(packageRoot: root, compilerVersion: "swift 6").key
        XCTAssertEqual(before, try RuntimeLibraries.inputs(packageRoot: root, compilerVersion: "swift 6").key)
        try Data("public let changed = 2\n".utf8).write(to: root.appendingPathComponent("Sources/GANCore/A.swift"))
        let after = try RuntimeLibraries.inputs(packageRoot: root, compilerVersion: "swift 6").key
        XCTAssertNotEqual(before, after)
        XCTAssertNotEqual(after, try RuntimeLibraries.inputs(packageRoot: root, compilerVersion: "swift 6.1").key)
    }

    func testMissingSourcesAreAUsageError() throws {
        let root = TestSupport.temporaryFolder("empty")
        XCTAssertThrowsError(try RuntimeLibraries.inputs(packageRoot: root, compilerVersion: "x")) { error in
            XCTAssertEqual((error as? UsageError)?.message, "no Swift sources in \(root.path)/Sources/GANCore; run lessons from the course's root folder")
        }
    }

    func testOnlyTheMostRecentBuildsAreKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lib-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for age in 0..<8 {
            let build = folder.appendingPathComponent("build\(age)")
            try FileManager.default.createDirectory(at: build, withIntermediateDirectories: true)
            let marker = build.appendingPathComponent("complete")
            XCTAssertTrue(FileManager.default.createFile(atPath: marker.path, contents: Data()))
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -Double(age) * 3600)], ofItemAtPath: marker.path)
        }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("staging-1"), withIntermediateDirectories: true)
        RuntimeLibraries.pruneBuilds(in: folder, keeping: 5)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(left, ["build0", "build1", "build2", "build3", "build4", "staging-1"])
    }
}
