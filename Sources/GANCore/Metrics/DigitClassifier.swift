/// A small network that recognises ``DigitImages``, for judging what a generator draws: which digits
/// its samples look like (``ClassCoverage``) and how their features compare with real ones
/// (``frechetDistance(_:_:)`` on ``features(_:)``, as FID does with an Inception network).
///
/// A perceptron 256 → 128 → 64 → 10 with ReLUs, trained by Adam on softmax cross-entropy. Images are
/// rows of 256 values in 0...1, as ``DigitImages`` makes them.
public final class DigitClassifier {
    /// The network; its last layer gives one logit per class.
    public let network: MLP

    /// An untrained classifier whose weights `rng` fixes.
    public init(using rng: inout RNG) {
        network = MLP(sizes: [DigitImages.pixelCount, 128, 64, DigitImages.classCount], using: &rng)
    }

    /// Trains for `epochs` passes over `data` in shuffled minibatches; returns each epoch's mean loss.
    @discardableResult
    public func train(
        on data: DigitImages, epochs: Int, batchSize: Int = 64, learningRate: Float = 1e-3, using rng: inout RNG
    ) -> [Double] {
        require(data.count > 0 && batchSize > 0, "DigitClassifier.train: needs images and a positive batch size")
        let optimizer = Adam(parameters: network.parameters, learningRate: learningRate)
        let width = DigitImages.pixelCount
        return (0..<epochs).map { _ in
            var order = Array(0..<data.count)
            order.shuffle(using: &rng)
            var total = 0.0
            for start in stride(from: 0, to: order.count, by: batchSize) {
                let picks = order[start..<min(start + batchSize, order.count)]
                var values = [Float]()
                values.reserveCapacity(picks.count * width)
                for pick in picks { values += data.images.data[pick * width..<(pick + 1) * width] }
                let batch = Tensor(rows: picks.count, cols: width, data: values)
                let loss = softmaxCrossEntropy(logits: network(batch), labels: picks.map { data.labels[$0] })
                optimizer.zeroGrad()
                loss.backward()
                optimizer.step()
                total += Double(loss.scalar) * Double(picks.count)
            }
            return total / Double(data.count)
        }
    }

    /// The most likely digit of each image (one per row).
    public func predict(_ images: Tensor) -> [Int] {
        let logits = network(images.detached())
        return (0..<logits.rows).map { row in
            let values = logits.data[row * logits.cols..<(row + 1) * logits.cols]
            return values.indices.max { values[$0] < values[$1] }! - row * logits.cols
        }
    }

    /// The share of `data` classified correctly.
    public func accuracy(on data: DigitImages) -> Double {
        let predictions = predict(data.images)
        let correct = zip(predictions, data.labels).filter { $0 == $1 }.count
        return data.count > 0 ? Double(correct) / Double(data.count) : 0
    }

    /// The 64 activations of the last hidden layer for each image: the features a Fréchet distance compares.
    public func features(_ images: Tensor) -> [[Double]] {
        let hidden = network.layers.dropLast().reduce(images.detached()) { $1($0) }
        return hidden.rowArrays.map { $0.map(Double.init) }
    }
}
