import Foundation

/// Cross-entropy of a classifier's logits against the true classes, averaged over the batch:
/// mean of -log softmax(l)[y], one row of logits per example and `labels[i]` the class of row i.
///
/// Computed as logsumexp(l) - l[y] with the row's largest logit subtracted first, so large logits
/// never overflow; the gradient with respect to the logits is (softmax(l) - onehot(y)) / batch.
public func softmaxCrossEntropy(logits: Tensor, labels: [Int]) -> Tensor {
    require(labels.count == logits.rows,
            "softmaxCrossEntropy: \(labels.count) labels for \(logits.rows) rows of logits")
    require(labels.allSatisfy { (0..<logits.cols).contains($0) },
            "softmaxCrossEntropy: labels must lie in 0..<\(logits.cols), got \(labels.filter { !(0..<logits.cols).contains($0) }.prefix(3))")
    let (rows, cols) = (logits.rows, logits.cols)
    var probabilities = [Float](repeating: 0, count: rows * cols)
    var total = 0.0
    for row in 0..<rows {
        let values = logits.data[row * cols..<(row + 1) * cols]
        let largest = values.max() ?? 0
        let sum = values.reduce(Float(0)) { $0 + exp($1 - largest) }
        let logSum = largest + log(sum)
        for column in 0..<cols {
            probabilities[row * cols + column] = exp(logits.data[row * cols + column] - logSum)
        }
        total += Double(logSum - logits.data[row * cols + labels[row]])
    }
    let loss = rows > 0 ? Float(total / Double(rows)) : 0
    return Tensor(rows: 1, cols: 1, data: [loss], parents: [logits]) { out in
        let scale = out.grad[0] / Float(max(rows, 1))
        logits.withGrad { grad in
            for row in 0..<rows {
                for column in 0..<cols {
                    let target: Float = column == labels[row] ? 1 : 0
                    grad[row * cols + column] += scale * (probabilities[row * cols + column] - target)
                }
            }
        }
    }
}
