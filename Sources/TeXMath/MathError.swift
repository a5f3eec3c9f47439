/// Why a TeX formula could not be converted, and where.
public struct MathError: Error, Sendable, Equatable {
    /// What is wrong, naming the command or character, e.g. `unknown command \foo`.
    public var message: String
    /// Where the problem starts: an offset in characters (Swift `Character`s) from the start of the TeX source.
    public var offset: Int

    /// Creates an error.
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }
}
