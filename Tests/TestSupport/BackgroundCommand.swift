import Foundation
import Synchronization

/// The `lessons` tool running in the background (a server), with what it prints to standard error
/// collected as it comes.
public final class BackgroundCommand: Sendable {
    private let process: Process
    private let stderr = Mutex("")

    /// Starts the built `lessons` executable with `arguments` in `folder`.
    init(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = TestSupport.packageRoot.appendingPathComponent(".build/debug/lessons")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardError = pipe
        self.process = process
        pipe.fileHandleForReading.readabilityHandler = { [self] handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil }
            append(String(decoding: data, as: UTF8.self))
        }
        try process.run()
    }

    /// Adds what the command printed to what it printed before.
    private func append(_ text: String) {
        stderr.withLock { $0 += text }
    }

    /// Everything printed to standard error so far.
    public var errorOutput: String { stderr.withLock { $0 } }

    /// Waits until standard error contains `text`; false if the command exits or `timeout` passes first.
    public func waitForErrorOutput(_ text: String, timeout: TimeInterval) -> Bool {
        TestSupport.wait(timeout: timeout) { self.errorOutput.contains(text) || !self.process.isRunning }
            && errorOutput.contains(text)
    }

    /// Stops the command (SIGTERM) and waits for it to exit.
    public func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}

extension TemporaryCourse {
    /// Starts the `lessons` tool in the course's folder without waiting for it; stop it when done.
    public func launch(_ arguments: [String]) throws -> BackgroundCommand {
        try BackgroundCommand(arguments, in: root)
    }
}
