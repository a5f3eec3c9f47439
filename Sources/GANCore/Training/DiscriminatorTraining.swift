/// Trains a discriminator alone against fixed samplers: the inner loop of Algorithm 1 of Goodfellow
/// et al. (2014), run on its own to pretrain D or to bring it close to the optimal D* for a frozen G.
///
/// Each step draws `batchSize` rows from `real` (labelled 1) and from `fake` (labelled 0) and takes one
/// optimiser step on the binary cross-entropy of the discriminator's logits. Returns each step's loss.
/// Throws `TrainingError.nonFinite` as soon as a loss is NaN or infinite.
@discardableResult
public func trainDiscriminator(
    _ discriminator: MLP, optimizer: any Optimizer, steps: Int, batchSize: Int,
    real: (_ count: Int, _ rng: inout RNG) -> Tensor,
    fake: (_ count: Int, _ rng: inout RNG) -> Tensor,
    using rng: inout RNG
) throws -> [Double] {
    require(steps >= 0 && batchSize >= 1, "trainDiscriminator: needs steps >= 0 and a positive batch size")
    require(discriminator.layers.last!.outputs == 1, "trainDiscriminator: the discriminator must output one logit")
    discriminator.setRequiresGrad(true)
    var losses: [Double] = []
    guard steps > 0 else { return losses }
    for step in 1...steps {
        let realRows = real(batchSize, &rng)
        let fakeRows = fake(batchSize, &rng).detached()
        let logits = discriminator(.stackingRows([realRows, fakeRows]))
        let loss = binaryCrossEntropy(logits: logits.rows(in: 0..<realRows.rows), label: 1)
            + binaryCrossEntropy(logits: logits.rows(in: realRows.rows..<logits.rows), label: 0)
        optimizer.zeroGrad()
        loss.backward()
        optimizer.step()
        let value = Double(loss.scalar)
        if !value.isFinite { throw TrainingError.nonFinite(step: step, what: "discriminator loss") }
        losses.append(value)
    }
    return losses
}
