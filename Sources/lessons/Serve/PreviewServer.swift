import Dispatch
import FlyingFox
import FlyingSocks
import Foundation
import LessonKit
import Synchronization

/// The HTTP server of `lessons serve`: FlyingFox on 127.0.0.1, running in the background while the
/// main thread builds.
enum PreviewServer {
    /// Starts serving with `handler` and returns once `port` is bound; a port that cannot be bound
    /// (in use, reserved) is a usage error naming it.
    static func start(port: Int, handler: PreviewHandler) throws(UsageError) {
        guard let number = UInt16(exactly: port), number > 0 else {
            throw UsageError("--port takes a number from 1 to 65535, not \(port); e.g. --port 8000")
        }
        let address: sockaddr_in
        do { address = try .inet(ip4: "127.0.0.1", port: number) } catch {
            throw UsageError("cannot serve on 127.0.0.1:\(port): \(error.localizedDescription)")
        }
        let server = HTTPServer(address: address, logger: .disabled, handler: handler)
        let outcome = StartOutcome()
        Task {
            do { try await server.run() } catch { outcome.finish(message(for: error, port: port)) }
        }
        Task {
            while await !server.isListening, !outcome.isFinished {
                try? await Task.sleep(for: .milliseconds(10))
            }
            outcome.finish(nil)
        }
        if let message = outcome.wait() { throw UsageError(message) }
    }

    /// One line saying why the server could not start on `port`, and what to do.
    private static func message(for error: any Error, port: Int) -> String {
        switch error {
        case SocketError.failed(_, EADDRINUSE, _):
            "port \(port) is in use (another 'lessons serve'?); stop that server or choose another port, e.g. --port \(port == 65535 ? 8000 : port + 1)"
        case SocketError.failed(_, EACCES, _):
            "port \(port) needs administrator rights; choose a port from 1024 up, e.g. --port 8000"
        default:
            "cannot serve on port \(port): \(error.localizedDescription); choose another port, e.g. --port 8000"
        }
    }
}

/// How starting the server ended, first come first served: listening (nil) or why it stopped.
private final class StartOutcome: Sendable {
    private let state = Mutex<(finished: Bool, message: String?)>((false, nil))
    private let done = DispatchSemaphore(value: 0)

    /// Whether the server is listening or has failed.
    var isFinished: Bool { state.withLock { $0.finished } }

    /// Records the outcome, unless one was recorded already.
    func finish(_ message: String?) {
        let first = state.withLock { state -> Bool in
            guard !state.finished else { return false }
            state = (true, message)
            return true
        }
        if first { done.signal() }
    }

    /// Blocks until there is an outcome and returns it.
    func wait() -> String? {
        done.wait()
        return state.withLock { $0.message }
    }
}
