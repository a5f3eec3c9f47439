import Foundation

/// Helpers shared by the test targets.
public enum TestSupport {
    /// The package's root folder (the one holding Package.swift).
    public static let packageRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath)
        while folder.path != "/" {
            folder.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// A fresh empty folder under the system's temporary folder.
    public static func temporaryFolder(_ name: String = "test") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Checks `condition` every 50 ms until it holds (true) or `timeout` seconds pass (false).
    public static func wait(timeout: TimeInterval, until condition: () -> Bool) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while !condition() {
            guard Date() < deadline else { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return true
    }
}

/// A course in a temporary folder: lesson files to build and run the `lessons` tool on.
public struct TemporaryCourse {
    public let root: URL

    /// Creates a course whose `Lessons/` holds the given files (name to contents); pass nil to omit `Lessons/`.
    public init(lessons: [String: String]?) {
        root = TestSupport.temporaryFolder("course")
        guard let lessons else { return }
        let folder = root.appendingPathComponent("Lessons")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in lessons {
            try? Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    /// Writes raw bytes into a lesson file.
    public func write(_ data: Data, to name: String) {
        try? data.write(to: root.appendingPathComponent("Lessons/\(name)"))
    }

    /// The text of a file of the course, or nil.
    public func read(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// What a run of the `lessons` tool printed, and how it exited.
    public struct RunResult {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs the built `lessons` executable in the course's folder, with `environment` added to this
    /// process's environment.
    public func lessons(_ arguments: [String], environment: [String: String] = [:]) throws -> RunResult {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.executableURL = TestSupport.packageRoot.appendingPathComponent(".build/debug/lessons")
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
