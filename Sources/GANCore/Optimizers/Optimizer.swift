/// Something that updates parameters from their gradients.
public protocol Optimizer: AnyObject {
    /// The tensors it updates.
    var parameters: [Tensor] { get }
    /// Moves every parameter using its current gradient (a parameter without gradient is left alone).
    func step()
}

extension Optimizer {
    /// Forgets the gradients of all parameters, before the next backward pass.
    public func zeroGrad() {
        for p in parameters { p.zeroGrad() }
    }
}
