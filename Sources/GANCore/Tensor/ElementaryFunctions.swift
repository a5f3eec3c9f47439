import Foundation

/// The real functions the tensor operations are built from.
///
/// Tensors compute in Float; the pointwise functions below are generic so the
/// tests can check their derivatives in Double, where finite differences reach
/// a relative error of 1e-6 (Float's 24-bit mantissa cannot).
protocol ElementaryFunctions: BinaryFloatingPoint {
    static func exponential(_ x: Self) -> Self
    static func logarithm(_ x: Self) -> Self
    static func logOnePlus(_ x: Self) -> Self
    static func hyperbolicTangent(_ x: Self) -> Self
}

extension Float: ElementaryFunctions {
    static func exponential(_ x: Float) -> Float { exp(x) }
    static func logarithm(_ x: Float) -> Float { log(x) }
    static func logOnePlus(_ x: Float) -> Float { log1p(x) }
    static func hyperbolicTangent(_ x: Float) -> Float { tanh(x) }
}

extension Double: ElementaryFunctions {
    static func exponential(_ x: Double) -> Double { exp(x) }
    static func logarithm(_ x: Double) -> Double { log(x) }
    static func logOnePlus(_ x: Double) -> Double { log1p(x) }
    static func hyperbolicTangent(_ x: Double) -> Double { tanh(x) }
}

/// A function of one real variable together with its derivative.
///
/// The derivative receives both the input `x` and the output `y`, since
/// several derivatives are cheapest from the output (tanh, sigmoid, exp).
protocol PointwiseFunction {
    func value<T: ElementaryFunctions>(_ x: T) -> T
    func derivative<T: ElementaryFunctions>(x: T, y: T) -> T
    /// `value` of eight Floats at once, equal lane by lane (a dense layer applies it as it stores).
    func values(_ x: SIMD8<Float>) -> SIMD8<Float>
    /// `derivative` of eight Floats at once, equal lane by lane.
    func derivatives(x: SIMD8<Float>, y: SIMD8<Float>) -> SIMD8<Float>
}

extension PointwiseFunction {
    /// Lane by lane, for functions without a vector form of their own.
    func values(_ x: SIMD8<Float>) -> SIMD8<Float> {
        var y = x
        for lane in 0..<8 { y[lane] = value(x[lane]) }
        return y
    }

    /// Lane by lane, for functions without a vector form of their own.
    func derivatives(x: SIMD8<Float>, y: SIMD8<Float>) -> SIMD8<Float> {
        var d = x
        for lane in 0..<8 { d[lane] = derivative(x: x[lane], y: y[lane]) }
        return d
    }
}

/// f(x) = x: what a product applies to its values when nothing is to be applied.
struct IdentityFunction: PointwiseFunction {
    func value<T: ElementaryFunctions>(_ x: T) -> T { x }
    func derivative<T: ElementaryFunctions>(x: T, y: T) -> T { 1 }
    @inline(__always) func values(_ x: SIMD8<Float>) -> SIMD8<Float> { x }
}

struct ReLUFunction: PointwiseFunction {
    func value<T: ElementaryFunctions>(_ x: T) -> T { x > 0 ? x : 0 }
    func derivative<T: ElementaryFunctions>(x: T, y: T) -> T { x > 0 ? 1 : 0 }
    // Selects instead of branches; `.!(x .> 0)` matches `x > 0 ? ... : ...` for -0 and NaN too.
    @inline(__always) func values(_ x: SIMD8<Float>) -> SIMD8<Float> { x.replacing(with: 0, where: .!(x .> 0)) }
    @inline(__always) func derivatives(x: SIMD8<Float>, y: SIMD8<Float>) -> SIMD8<Float> {
        SIMD8(repeating: 0).replacing(with: 1, where: x .> 0)
    }
}

struct LeakyReLUFunction: PointwiseFunction {
    let slope: Double
    func value<T: ElementaryFunctions>(_ x: T) -> T { x > 0 ? x : T(slope) * x }
    func derivative<T: ElementaryFunctions>(x: T, y: T) -> T { x > 0 ? 1 : T(slope) }
    @inline(__always) func values(_ x: SIMD8<Float>) -> SIMD8<Float> { x.replacing(with: Float(slope) * x, where: .!(x .> 0)) }
    @inline(__always) func derivatives(x: SIMD8<Float>, y: SIMD8<Float>) -> SIMD8<Float> {
        SIMD8(repeating: Float(slope)).replacing(with: 1, where: x .> 0)
    }
}

struct TanhFunction: PointwiseFunction {
    func value<T: ElementaryFunctions>(_ x: T) -> T { .hyperbolicTangent(x) }
    func derivative<T: ElementaryFunctions>(x: T, y: T) -> T { 1 - y * y }
}

struct SigmoidFunction: PointwiseFunction {
    func value<T: ElementaryFunctions>(_ x: T) -> T {
        // Exponentiate only non-positive numbers, so nothing overflows.
        if x >= 0 { return 1 / (1 + .exponential(-x)) }
        let e = T.exponential(x)
        return e / (1 + e)
    }
    func derivative<T: ElementaryFunctions>(x: T, y: T) -> T { y * (1 - y) }
}

/// log(1 + e^x), written as max(x, 0) + log(1 + e^-|x|) so it never overflows.
struct SoftplusFunction: PointwiseFunction {
    func value<T: ElementaryFunctions>(_ x: T) -> T {
        max(x, 0) + .logOnePlus(.exponential(-abs(x)))
    }
    func derivative<T: ElementaryFunctions>(x: T, y: T) -> T { SigmoidFunction().value(x) }
}

struct LogFunction: PointwiseFunction {
    func value<T: ElementaryFunctions>(_ x: T) -> T { .logarithm(x) }
    func derivative<T: ElementaryFunctions>(x: T, y: T) -> T { 1 / x }
}

struct ExpFunction: PointwiseFunction {
    func value<T: ElementaryFunctions>(_ x: T) -> T { .exponential(x) }
    func derivative<T: ElementaryFunctions>(x: T, y: T) -> T { y }
}
