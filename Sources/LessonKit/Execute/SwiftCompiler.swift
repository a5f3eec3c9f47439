import Foundation

/// Runs `swiftc` and reports its diagnostics.
struct SwiftCompiler: Sendable {
    /// Flags every lesson program is compiled with; part of the cache key.
    static let programFlags = ["-O", "-swift-version", "6"]
    /// Flags the runtime libraries are compiled with; part of the cache key.
    static let libraryFlags = ["-O", "-wmo", "-parse-as-library", "-swift-version", "6"]

    /// The compiler's self-description (`swiftc --version`), which changes with every toolchain.
    let version: String

    /// Asks the installed `swiftc` for its version; fails when no Swift toolchain is on PATH.
    static func installed(scratch: URL) throws(UsageError) -> SwiftCompiler {
        let result = try run(["--version"], scratch: scratch)
        guard result.succeeded else {
            throw UsageError("'swiftc --version' failed: \(result.output); is a Swift toolchain installed?")
        }
        return SwiftCompiler(version: result.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// What one compiler run printed and whether it succeeded.
    struct Result {
        var succeeded: Bool
        var output: String
    }

    /// Compiles with the given arguments; output and errors are collected together.
    func compile(_ arguments: [String], scratch: URL) throws(UsageError) -> Result {
        try Self.run(arguments, scratch: scratch)
    }

    private static func run(_ arguments: [String], scratch: URL) throws(UsageError) -> Result {
        let log = scratch.appendingPathComponent("swiftc-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let process = ChildProcess(
            executable: "swiftc", arguments: arguments,
            standardOutput: log.path, standardError: log.path + ".err")
        defer { try? FileManager.default.removeItem(atPath: log.path + ".err") }
        let termination = try process.run()
        let output = ((try? String(contentsOf: log, encoding: .utf8)) ?? "")
            + ((try? String(contentsOfFile: log.path + ".err", encoding: .utf8)) ?? "")
        return Result(succeeded: termination == .exited(0), output: output)
    }
}
