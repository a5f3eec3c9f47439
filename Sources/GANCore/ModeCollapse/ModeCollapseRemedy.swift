/// What a `ToyGANSetup` does against mode collapse.
public enum ModeCollapseRemedy: Sendable, Equatable, CustomStringConvertible {
    /// Nothing: the plain GAN.
    case none
    /// PacGAN's packing: the discriminator judges m samples at once.
    case packing(Int)
    /// A minibatch standard deviation feature before the discriminator's output layer, over groups of rows.
    case minibatchStd(groupSize: Int)
    /// The R1 gradient penalty γ/2 · E‖∇ₓ D(x)‖² on real data (Mescheder et al., 2018).
    case r1(gamma: Double)

    /// A short name for tables: "GAN", "PacGAN2", "minibatch std (groups of 4)", "R1 (γ = 0.1)".
    public var description: String {
        switch self {
        case .none: "GAN"
        case .packing(let m): "PacGAN\(m)"
        case .minibatchStd(let groupSize): "minibatch std (groups of \(groupSize))"
        case .r1(let gamma): "R1 (γ = \(gamma))"
        }
    }

    /// The discriminator for this remedy, with the layer widths of `sizes` (per sample).
    func makeDiscriminator(sizes: [Int], activation: Activation, using rng: inout RNG) -> any Discriminator {
        switch self {
        case .none, .r1: MLP(sizes: sizes, activation: activation, using: &rng)
        case .packing(let m): PackedDiscriminator(packing: m, sizes: sizes, activation: activation, using: &rng)
        case .minibatchStd(let groupSize):
            MinibatchStdDiscriminator(sizes: sizes, activation: activation, groupSize: groupSize, using: &rng)
        }
    }
}
