/// The loop of Algorithm 1 of Goodfellow et al. (2014) that trainers share, whatever one update does:
/// each step makes k discriminator updates and then one generator update, and is then recorded, numbered
/// over the trainer's whole life, checked for non-finite losses and reported to the progress hook.
///
/// `GANTrainer` and `ConditionalGANTrainer` differ only in their updates (what the networks read), so
/// the bookkeeping lives here once.
enum TrainingLoop {
    /// What one discriminator update measured.
    struct DiscriminatorUpdate {
        /// The discriminator's loss on its minibatch.
        var loss: Double
        /// Mean D(x) over the real minibatch.
        var realScore: Double
        /// Mean D(G(z)) over the generated minibatch.
        var fakeScore: Double

        /// The measurements of an update with these values.
        init(loss: Double, realScore: Double, fakeScore: Double) {
            (self.loss, self.realScore, self.fakeScore) = (loss, realScore, fakeScore)
        }

        /// The measurements of an update from its loss and the logits it gave real and generated samples.
        init(loss: Tensor, realLogits: Tensor, fakeLogits: Tensor) {
            self.init(loss: Double(loss.scalar), realScore: Self.meanProbability(realLogits),
                      fakeScore: Self.meanProbability(fakeLogits))
        }

        /// The mean of σ(logit): the discriminator's mean probability that the samples are real.
        private static func meanProbability(_ logits: Tensor) -> Double {
            logits.data.reduce(0.0) { $0 + Double(SigmoidFunction().value($1)) } / Double(logits.count)
        }
    }

    /// Runs `steps` steps numbered from `completedSteps + 1`, passing each step's record to `record`.
    /// Throws `TrainingError.nonFinite` as soon as a loss is NaN or infinite (the step is not recorded), and
    /// whatever an update throws.
    static func run(
        steps: Int, after completedSteps: Int, discriminatorSteps: Int, progressEvery: Int,
        onProgress: ((TrainingProgress) -> Void)?,
        updateDiscriminator: () throws -> DiscriminatorUpdate,
        updateGenerator: () throws -> Double,
        record: (TrainingStep) -> Void
    ) throws {
        let first = completedSteps + 1
        for step in first..<first + steps {
            var last = DiscriminatorUpdate(loss: 0, realScore: 0, fakeScore: 0)
            for _ in 0..<discriminatorSteps {
                last = try updateDiscriminator()
                try checkFinite(last.loss, step: step, what: "discriminator loss")
            }
            let generatorLoss = try updateGenerator()
            try checkFinite(generatorLoss, step: step, what: "generator loss")
            let entry = TrainingStep(
                step: step, discriminatorLoss: last.loss, generatorLoss: generatorLoss,
                realScore: last.realScore, fakeScore: last.fakeScore)
            record(entry)
            let completed = step - first + 1
            if completed % max(progressEvery, 1) == 0 || completed == steps {
                onProgress?(TrainingProgress(completed: completed, total: steps, latest: entry))
            }
        }
    }

    private static func checkFinite(_ value: Double, step: Int, what: String) throws {
        if !value.isFinite { throw TrainingError.nonFinite(step: step, what: what) }
    }
}
